using Site.Content.Authoring;
using Site.Content.Reading;
using Site.Web;

namespace Site.Commands;

/// <summary>
/// <c>Site new "Title" [--category NAME]... [--tags A,B] [--draft] [--posts DIR]</c>: writes a new post's file into
/// the posts folder the site reads, dated now in <c>Site:TimeZone</c>, and prints its path. Never overwrites a file.
/// Exits 0 when the file is written, 1 when it exists or cannot be written, 2 for a bad command line.
/// </summary>
public static class NewPostCommand
{
    public const string Usage = "usage: Site new \"Title\" [--category NAME]... [--tags A,B] [--draft] [--posts DIR]";

    public static int Run(IReadOnlyList<string> args, SiteOptions site, IWebHostEnvironment environment, TimeProvider clock, TextWriter output)
    {
        string? title = null;
        string? postsPath = null;
        var draft = false;
        List<string> categories = [];
        List<string> tags = [];
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--draft": draft = true; break;
                case "--category" when i + 1 < args.Count: categories.Add(args[++i].Trim()); break;
                case "--tags" when i + 1 < args.Count: tags.AddRange(args[++i].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)); break;
                case PostsArgument.Name when i + 1 < args.Count: postsPath = args[++i]; break;
                case var text when title is null && !text.StartsWith("--", StringComparison.Ordinal): title = text.Trim(); break;
                default: return Misused($"unknown argument '{args[i]}'", output);
            }
        }
        if (string.IsNullOrEmpty(title)) return Misused("the post needs a title", output);
        if (Slug.From(title).Length == 0) return Misused($"the title '{title}' has no letter or digit to name the file by", output);

        var folder = postsPath is not null ? Path.GetFullPath(postsPath) : ContentFolders.PostsFolder(site, environment);
        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(site.TimeZone));
        var post = NewPost.Create(title, categories.Where(c => c.Length > 0).ToList(), tags, draft, now,
            hasPostsSubfolder: Directory.Exists(Path.Combine(folder, PostReader.PostsFolder)), JekyllConfig.Read(folder).Defaults);

        var path = Path.Combine(folder, post.RelativePath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file);
            writer.Write(post.Text);
        }
        catch (IOException) when (File.Exists(path))
        {
            output.WriteLine($"{ShownPath.Of(path)} already exists: nothing written");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"{ShownPath.Of(path)}: not written: {e.Message}");
            return 1;
        }
        output.WriteLine(ShownPath.Of(path));
        return 0;
    }

    private static int Misused(string problem, TextWriter output)
    {
        output.WriteLine(problem);
        output.WriteLine(Usage);
        return 2;
    }
}
