using System.Globalization;
using System.Text;

namespace Site.Content.Reading;

/// <summary>A post file read and its front matter parsed, before slugs are settled and the body is rendered.</summary>
/// <param name="DraftDate">For a draft in <c>_drafts/</c>, which Jekyll dates by when it was last written: that time.</param>
public sealed record PostSource(string RelativePath, FrontMatter FrontMatter, SourceText Text, DateTimeOffset? DraftDate = null)
{
    public string FileName => RelativePath[(RelativePath.LastIndexOf('/') + 1)..];
}

/// <summary>What a walk of the posts folder found: the post files, and the files served as they are (<see cref="ServedFiles"/>), by relative path.</summary>
/// <param name="JekyllPages">Files Jekyll would have rendered as pages (<see cref="ServedFiles.IsJekyllPage"/>): neither read nor served.</param>
public sealed record PostsFolderFiles(IReadOnlyList<string> Posts, IReadOnlyList<string> Served, IReadOnlyList<string> JekyllPages);

/// <summary>Finds the post files under a folder and reads each one, reporting every file it has to skip.</summary>
/// <param name="excludes">What Jekyll leaves out (its defaults, the config's <c>exclude</c>): neither read for posts nor served.</param>
/// <param name="postFiles">Which files are posts (the config's <c>markdown_ext</c>); Jekyll's by default.</param>
public sealed class PostReader(string postsPath, long maxPostBytes, FrontMatterParser parser, JekyllExcludes? excludes = null, PostFiles? postFiles = null)
{
    private readonly PostFiles _postFiles = postFiles ?? PostFiles.Jekyll;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Why the posts folder cannot be read (<c>not found</c>, <c>unreadable: ...</c>), or null when it can. A folder
    /// whose names can be listed but which cannot be entered (no search permission) is unreadable: not one of its
    /// files could be opened. That is told by the folder, not by one entry: it can be entered when any entry's status
    /// can be read. A name that is not UTF-8 tells nothing (.NET reads it with U+FFFD, a name the folder has not): the
    /// walk reports it.
    /// </summary>
    public static string? FolderProblem(string postsPath)
    {
        if (!Directory.Exists(postsPath)) return "not found";
        try
        {
            var judged = false;
            foreach (var entry in new DirectoryInfo(postsPath).EnumerateFileSystemInfos().Where(entry => !entry.Name.Contains(NotUtf8, StringComparison.Ordinal)))
            {
                if (Reachable(entry)) return null;
                judged = true;
            }
            return judged ? "unreadable: its files cannot be reached (is the folder missing its execute permission?)" : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"unreadable: {e.Message}";
        }
    }

    /// <summary>What .NET reads in a name for bytes that are not UTF-8.</summary>
    private const string NotUtf8 = "\uFFFD";

    /// <summary>
    /// How many folders deep the walk goes below the posts folder: far more than any site nests, and few enough that no
    /// path it reads is longer than the system allows (4,096 bytes), which a tree made to be deeper would pass.
    /// </summary>
    public const int MaxFolderDepth = 32;

    /// <summary>Linux's longest path (<c>PATH_MAX</c>, its ending zero byte included): no file at a longer one can be opened by it.</summary>
    private const int MaxPathBytes = 4096;

    /// <summary>
    /// Every post file (<see cref="PostFiles"/>: <c>*.md</c>, <c>*.markdown</c>...) under the folder, subfolders included, and every file served as it
    /// is, by relative path (ordinal). Files and folders whose names start with <c>.</c> or <c>_</c> are left out, as
    /// Jekyll does (<c>_config.yml</c>, <c>_includes/</c>, <c>_site/</c>), but <c>_posts/</c> and <c>_drafts/</c>, whose
    /// posts are read (and nothing else). Nothing in the folder can stop the walk: a symbolic link
    /// that leads outside the folder, to nothing, or round in a loop, a subfolder that cannot be listed or is more than
    /// <see cref="MaxFolderDepth"/> deep, a name that is not UTF-8, a pipe, socket or device among the files served, and
    /// any entry the system fails on, are each reported and skipped, and the rest read.
    /// </summary>
    public PostsFolderFiles FindFiles(ICollection<ContentDiagnostic> diagnostics)
    {
        var root = Path.GetFullPath(postsPath);
        var realRoot = RealPath.Of(root, out _) ?? root;
        List<string> posts = [], served = [], pages = [];
        // Each folder is read once, by its real path; folders reached only through a link are read after the rest, so
        // that a folder is listed under its own path, not a link's.
        var walked = new Dictionary<string, string>(StringComparer.Ordinal);
        var linkedFolders = new Queue<(DirectoryInfo Link, string Target, int Depth)>();
        Walk(new DirectoryInfo(root), realRoot, 0);
        while (linkedFolders.TryDequeue(out var linked))
        {
            if (FolderLinkProblem(linked.Link, linked.Target) is { } problem) diagnostics.Add(problem);
            else Guarded(RelativePath(root, linked.Link.FullName), () => Walk(linked.Link, linked.Target, linked.Depth));
        }
        posts.Sort(StringComparer.Ordinal);
        served.Sort(StringComparer.Ordinal);
        pages.Sort(StringComparer.Ordinal);
        return new PostsFolderFiles(posts, served, pages);

        void Walk(DirectoryInfo directory, string realDirectory, int depth)
        {
            var folder = RelativePath(root, directory.FullName);
            if (depth > MaxFolderDepth)
            {
                diagnostics.Add(ContentDiagnostic.Error(folder, $"folder nested more than {MaxFolderDepth} levels deep: not read"));
                return;
            }
            walked[realDirectory] = folder;
            FileSystemInfo[] entries;
            try
            {
                entries = [.. directory.GetFileSystemInfos().OrderBy(entry => entry.Name, StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(ContentDiagnostic.Error(folder, $"folder unreadable: {e.Message}") with { Unreadable = e is UnauthorizedAccessException });
                return;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.') || entry.Name.StartsWith('_') && entry.Name is not (PostsFolder or DraftsFolder)) continue;
                var relative = folder == "." ? entry.Name : $"{folder}/{entry.Name}";
                if (Encoding.UTF8.GetByteCount(root) + 1 + Encoding.UTF8.GetByteCount(relative) >= MaxPathBytes)
                    diagnostics.Add(ContentDiagnostic.Error(relative, string.Create(CultureInfo.InvariantCulture, $"path longer than the system allows ({MaxPathBytes:N0} bytes): skipped")));
                else Guarded(relative, () => Visit(entry, relative, realDirectory, depth));
            }
        }

        // What the system fails on for one entry (a path longer than it allows) is that entry's skip, not the walk's end.
        void Guarded(string relative, Action work)
        {
            try
            {
                work();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                diagnostics.Add(ContentDiagnostic.Error(relative, $"unreadable: {e.Message}: skipped") with { Unreadable = e is UnauthorizedAccessException });
            }
        }

        void Visit(FileSystemInfo entry, string relative, string realDirectory, int depth)
        {
            if (entry.Name.Contains(NotUtf8, StringComparison.Ordinal) && !Reachable(entry))
            {
                diagnostics.Add(ContentDiagnostic.Error(relative, $"name is not UTF-8 (shown with {NotUtf8} where it is not): skipped; rename it"));
                return;
            }
            if ((excludes ?? JekyllExcludes.Defaults).Excludes(relative, entry is DirectoryInfo)) return;
            var real = Path.Combine(realDirectory, entry.Name);
            if (entry.LinkTarget is not null)
            {
                if (LinkProblem(entry, realRoot, out var target) is { } problem)
                {
                    diagnostics.Add(ContentDiagnostic.Error(relative, problem));
                    return;
                }
                if (Directory.Exists(target))
                {
                    linkedFolders.Enqueue((new DirectoryInfo(entry.FullName), target, depth + 1));
                    return;
                }
                real = target;
            }
            if (entry is DirectoryInfo child)
            {
                if (!walked.ContainsKey(real)) Walk(child, real, depth + 1);
            }
            else if (_postFiles.IsPostFile(relative) && InPostsFolder(relative) && !PostDate.IsDatedFileName(Path.GetFileNameWithoutExtension(entry.Name)))
                diagnostics.Add(ContentDiagnostic.Note(relative,
                    "not a post: Jekyll publishes only the files of _posts/ named by their date (2024-01-05-title.md), and so does this site; add the date to publish it"));
            else if (_postFiles.IsPostFile(relative)) posts.Add(relative);
            else if ((InPostsFolder(relative) || IsDraft(relative)) && !ServedFiles.IsPostAsset(entry.Name))
                diagnostics.Add(ContentDiagnostic.Note(relative, NotAPostNote(entry.Name)));
            else if (!ServedFiles.IsServedName(relative, excludes, _postFiles) || !ServedFiles.IsServedName(ServedFiles.AsMounted(RelativePath(realRoot, real)), excludes, _postFiles)) return;
            else if (RegularFile.IsSpecial(real)) diagnostics.Add(ContentDiagnostic.Warning(relative, $"{RegularFile.NotRegular}: not served"));
            else if (ServedFiles.IsJekyllPage(entry.FullName)) pages.Add(relative);
            else served.Add(relative);
        }

        // Why a link to a folder inside is not followed: it leads back to a folder that holds it (an error: a loop), or
        // to one read already (a warning: its files are read, at their own paths).
        ContentDiagnostic? FolderLinkProblem(DirectoryInfo link, string target)
        {
            var relative = RelativePath(root, link.FullName);
            var holder = RealPath.Of(link.Parent!.FullName, out _) ?? link.Parent!.FullName;
            if (RealPath.IsInside(target, holder))
                return ContentDiagnostic.Error(relative, $"symbolic link loop: leads back to '{RelativeOrRoot(target)}', a folder that holds it: not followed");
            return walked.TryGetValue(target, out var seen)
                ? ContentDiagnostic.Warning(relative, $"symbolic link loop: leads to '{seen}', a folder already read at its own path: not followed")
                : null;
        }

        string RelativeOrRoot(string real) => walked.TryGetValue(real, out var seen) ? seen : RelativePath(realRoot, real);
    }

    /// <summary>Reads one file; null (with an error reported) when it must be skipped.</summary>
    public PostSource? Read(string relativePath, ICollection<ContentDiagnostic> diagnostics)
    {
        var fullPath = Path.Combine(postsPath, relativePath);
        string text;
        try
        {
            using var file = RegularFile.OpenRead(fullPath, out var notRegular);
            if (file is null)
            {
                diagnostics.Add(ContentDiagnostic.Error(relativePath, $"{notRegular}: skipped"));
                return null;
            }
            var length = file.Length;
            if (length > maxPostBytes)
            {
                diagnostics.Add(ContentDiagnostic.Error(relativePath,
                    string.Create(CultureInfo.InvariantCulture, $"file is {length:N0} bytes, more than the limit of {maxPostBytes:N0}")) with { Setting = SourceSetting.MaxPostBytes });
                return null;
            }
            var bytes = new byte[length];
            file.ReadExactly(bytes);
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Add(ContentDiagnostic.Error(relativePath, $"not UTF-8: invalid byte at offset {e.Index}; save the file as UTF-8"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ContentDiagnostic.Error(relativePath, $"unreadable: {e.Message}") with { Unreadable = e is UnauthorizedAccessException });
            return null;
        }

        if (text.StartsWith('\uFEFF')) text = text[1..];
        var source = SourceText.TrySplit(text);
        if (source is null && !text.StartsWith("---", StringComparison.Ordinal) && IsJekyllStaticText(relativePath))
        {
            diagnostics.Add(ContentDiagnostic.Note(relativePath,
                "no front matter, outside _posts/ and _drafts/: to Jekyll a file to copy (a README), not a post; not served"));
            return null;
        }
        if (source is null)
        {
            diagnostics.Add(ContentDiagnostic.Error(relativePath, "no front matter: the file must start with a line '---', then fields such as 'title: ...', then a line '---'", 1));
            return null;
        }

        var found = new List<ContentDiagnostic>();
        var frontMatter = parser.Parse(relativePath, source.FrontMatterYaml, found);
        if (frontMatter is not null && IsJekyllHomePage(relativePath, frontMatter))
        {
            diagnostics.Add(ContentDiagnostic.Note(relativePath,
                "the Jekyll site's home page (layout: home): not served, since it needs Jekyll's layouts; the site makes its own home page"));
            return null;
        }
        foreach (var diagnostic in found) diagnostics.Add(diagnostic);
        if (frontMatter is null) return null;
        if (!IsDraft(relativePath)) return new PostSource(relativePath, frontMatter, source);
        return new PostSource(relativePath, frontMatter with { Published = false }, source, new DateTimeOffset(File.GetLastWriteTimeUtc(fullPath), TimeSpan.Zero));
    }

    /// <summary>Why a file of <c>_posts/</c> or <c>_drafts/</c> that is neither Markdown nor HTML is not published.</summary>
    private string NotAPostNote(string name)
    {
        var extension = Path.GetExtension(name);
        var markdown = string.Join(", ", _postFiles.MarkdownExtensions);
        return extension.Length == 0
            ? $"not published: a file without an extension; of _posts/ and _drafts/ only Markdown ({markdown}, as markdown_ext says) and HTML files are posts"
            : $"not published: a '{extension}' post needs a converter plugin in Jekyll, which this site has not; of _posts/ and _drafts/ only Markdown ({markdown}, as markdown_ext says) and HTML files are posts";
    }

    /// <summary>Jekyll's folders of posts and of drafts: the only ones whose names start with <c>_</c> that are read for posts.</summary>
    public const string PostsFolder = "_posts";
    public const string DraftsFolder = "_drafts";

    /// <summary>
    /// Whether a file is the home page Jekyll made of it (<c>jekyll new</c>'s <c>index.md</c>, with <c>layout: home</c>):
    /// a page of the old site's, not a post; in <c>_posts/</c> or <c>_drafts/</c> it is a post all the same.
    /// </summary>
    private static bool IsJekyllHomePage(string relativePath, FrontMatter frontMatter) =>
        !InPostsFolder(relativePath) && !IsDraft(relativePath)
        && frontMatter.Fields.GetValueOrDefault("layout") is string layout && layout.Trim().Equals("home", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a Markdown file without front matter is one Jekyll copies as it is (a README beside the site's files):
    /// one outside <c>_posts/</c> and <c>_drafts/</c> whose name has no date, which would mean a post that lost its front matter.
    /// </summary>
    private static bool IsJekyllStaticText(string relativePath) =>
        !InPostsFolder(relativePath) && !IsDraft(relativePath) && !PostDate.IsDatedFileName(Path.GetFileNameWithoutExtension(relativePath));

    public static bool InPostsFolder(string relativePath) =>
        relativePath.Split('/').SkipLast(1).Contains(PostsFolder, StringComparer.Ordinal);

    /// <summary>A file in a <c>_drafts/</c> folder is a draft, whatever its front matter says.</summary>
    public static bool IsDraft(string relativePath) =>
        relativePath.Split('/').SkipLast(1).Contains(DraftsFolder, StringComparer.Ordinal);

    /// <summary>Whether an entry's own status can be read: not in a folder that may be listed but not entered.</summary>
    private static bool Reachable(FileSystemInfo entry)
    {
        entry.Refresh();
        return entry.Exists || entry.LinkTarget is not null;
    }

    /// <summary>
    /// Why a symbolic link is not followed (it leads outside, to nothing, round in a loop), or null when it may be,
    /// with where it really leads: its real path, as the system follows it, not its text joined to the path written.
    /// </summary>
    private static string? LinkProblem(FileSystemInfo link, string realRoot, out string target)
    {
        target = RealPath.Of(link.FullName, out var loop) ?? "";
        if (loop) return "symbolic link loop: its links lead round to themselves: skipped";
        if (target.Length == 0) return "symbolic link to nothing: skipped";
        if (!RealPath.IsInside(realRoot, target)) return "symbolic link leads outside the posts folder: not followed";
        // The posts folder itself is no hidden name: a link to it is a loop, which the walk reports.
        if (target == realRoot) return null;
        var hidden = ServedFiles.AsMounted(RelativePath(realRoot, target)).Split('/').FirstOrDefault(part => part.StartsWith('.') || part.StartsWith('_') && part is not (PostsFolder or DraftsFolder));
        return hidden is null ? null : $"symbolic link leads into '{hidden}', which the site keeps to itself: not followed";
    }

    private static string RelativePath(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
}
