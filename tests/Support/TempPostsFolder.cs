using System.Text;

namespace Site.Tests.Support;

/// <summary>A posts folder (and a static files folder beside it) under the temp directory, deleted when the test ends.</summary>
public sealed class TempPostsFolder : IDisposable
{
    public TempPostsFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "site-tests-" + Guid.NewGuid().ToString("N"));
        PostsPath = Path.Combine(Root, "posts");
        StaticPath = Path.Combine(Root, "wwwroot");
        Directory.CreateDirectory(PostsPath);
        Directory.CreateDirectory(StaticPath);
    }

    public string Root { get; }
    public string PostsPath { get; }
    public string StaticPath { get; }

    /// <summary>Writes a post file (UTF-8, no BOM) at a path relative to the posts folder.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(PostsPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Post(string relativePath, string frontMatter, string body = "Body text.\n") =>
        Write(relativePath, $"---\n{frontMatter}\n---\n{body}");

    /// <summary>The files of the static folder, as the site lists those it serves.</summary>
    public StaticFiles Files => new(Directory.EnumerateFiles(StaticPath, "*", SearchOption.AllDirectories)
        .Select(file => "/" + Path.GetRelativePath(StaticPath, file).Replace(Path.DirectorySeparatorChar, '/')));

    public void StaticFile(string relativePath)
    {
        var full = Path.Combine(StaticPath, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, "x");
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
