using System.Globalization;
using System.Text;

namespace Site.Content.Reading;

/// <summary>A post file read and its front matter parsed, before slugs are settled and the body is rendered.</summary>
public sealed record PostSource(string RelativePath, FrontMatter FrontMatter, SourceText Text)
{
    public string FileName => RelativePath[(RelativePath.LastIndexOf('/') + 1)..];
}

/// <summary>Finds the post files under a folder and reads each one, reporting every file it has to skip.</summary>
public sealed class PostReader(string postsPath, long maxPostBytes, FrontMatterParser parser)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Why the posts folder cannot be read (<c>not found</c>, <c>unreadable: ...</c>), or null when it can.</summary>
    public static string? FolderProblem(string postsPath)
    {
        if (!Directory.Exists(postsPath)) return "not found";
        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(postsPath).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"unreadable: {e.Message}";
        }
    }

    /// <summary>
    /// Every <c>*.md</c> and <c>*.markdown</c> file under the folder, subfolders included, by relative path (ordinal).
    /// Dot-files and dot-folders are left out, as Jekyll does; a symbolic link that leads outside the folder is reported, not
    /// followed; a subfolder that cannot be listed is reported and the rest read.
    /// </summary>
    public IReadOnlyList<string> FindFiles(ICollection<ContentDiagnostic> diagnostics)
    {
        var root = Path.GetFullPath(postsPath);
        var realRoot = RealPath(new DirectoryInfo(root));
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root));
        files.Sort(StringComparer.Ordinal);
        return files;

        void Walk(DirectoryInfo directory)
        {
            if (!visited.Add(RealPath(directory))) return;
            FileSystemInfo[] entries;
            try
            {
                entries = directory.GetFileSystemInfos();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(ContentDiagnostic.Error(RelativePath(root, directory.FullName), $"folder unreadable: {e.Message}"));
                return;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                var relative = RelativePath(root, entry.FullName);
                if (entry.LinkTarget is not null && !IsInside(realRoot, RealPath(entry)))
                {
                    if (entry is DirectoryInfo || PostFiles.IsPostFile(entry.Name))
                        diagnostics.Add(ContentDiagnostic.Error(relative, "symbolic link leads outside the posts folder: not followed"));
                    continue;
                }
                if (entry is DirectoryInfo child) Walk(child);
                else if (PostFiles.IsPostFile(entry.Name)) files.Add(relative);
            }
        }
    }

    /// <summary>Reads one file; null (with an error reported) when it must be skipped.</summary>
    public PostSource? Read(string relativePath, ICollection<ContentDiagnostic> diagnostics)
    {
        var fullPath = Path.Combine(postsPath, relativePath);
        string text;
        try
        {
            var length = new FileInfo(fullPath).Length;
            if (length > maxPostBytes)
            {
                diagnostics.Add(ContentDiagnostic.Error(relativePath,
                    string.Create(CultureInfo.InvariantCulture, $"file is {length:N0} bytes, more than the limit of {maxPostBytes:N0}")) with { Setting = SourceSetting.MaxPostBytes });
                return null;
            }
            text = StrictUtf8.GetString(File.ReadAllBytes(fullPath));
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Add(ContentDiagnostic.Error(relativePath, $"not UTF-8: invalid byte at offset {e.Index}; save the file as UTF-8"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ContentDiagnostic.Error(relativePath, $"unreadable: {e.Message}"));
            return null;
        }

        if (text.StartsWith('\uFEFF')) text = text[1..];
        var source = SourceText.TrySplit(text);
        if (source is null)
        {
            diagnostics.Add(ContentDiagnostic.Error(relativePath, "no front matter: the file must start with a line '---', then fields such as 'title: ...', then a line '---'", 1));
            return null;
        }

        var frontMatter = parser.Parse(relativePath, source.FrontMatterYaml, diagnostics);
        return frontMatter is null ? null : new PostSource(relativePath, frontMatter, source);
    }

    private static string RealPath(FileSystemInfo entry) =>
        entry.LinkTarget is null ? entry.FullName : entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? entry.FullName;

    private static bool IsInside(string root, string path) =>
        path == root || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string RelativePath(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
