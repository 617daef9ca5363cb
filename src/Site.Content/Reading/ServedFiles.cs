using System.Text;

namespace Site.Content.Reading;

/// <summary>
/// Which files of the posts folder the site serves as they are, at their path in the folder (a Jekyll site's
/// <c>assets/img/x.png</c> at <c>/assets/img/x.png</c>): every file but the posts, what Jekyll keeps to itself (names
/// that start with <c>_</c> or <c>.</c>, and its default excludes such as <c>Gemfile</c> and <c>node_modules/</c>), and
/// Jekyll's pages: text files that open with front matter, which Jekyll would run through a layout and which would
/// show their Liquid source if served as they are.
/// </summary>
public static class ServedFiles
{
    /// <summary>Extensions of the files that Jekyll would render when they open with front matter: the ones worth opening to look.</summary>
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".xsl", ".txt", ".json", ".webmanifest", ".js", ".mjs",
        ".css", ".scss", ".sass", ".svg", ".csv", ".yml", ".yaml", ".liquid", ".textile",
    };

    /// <summary>
    /// Whether the file's name allows it to be served; <paramref name="relativePath"/> is '/'-separated, relative to the
    /// posts folder. <paramref name="excludes"/>: the site's (its config's <c>exclude</c> too); Jekyll's own by default;
    /// <paramref name="postFiles"/>: which files are posts (its config's <c>markdown_ext</c>), Jekyll's by default.
    /// </summary>
    public static bool IsServedName(string relativePath, JekyllExcludes? excludes = null, PostFiles? postFiles = null)
    {
        if (relativePath.Length == 0 || (postFiles ?? PostFiles.Jekyll).IsPostFile(relativePath)) return false;
        // A file kept beside its post in _posts/ (an image, a PDF: as jekyll-postfiles has it) is served where it is.
        var asset = IsPostAsset(relativePath);
        return !(excludes ?? JekyllExcludes.Defaults).Excludes(relativePath)
            && relativePath.Split('/').All(segment => segment.Length > 0 && (segment[0] is not ('_' or '.') || asset && segment == "_posts"));
    }

    /// <summary>
    /// Extensions of the text files Jekyll or a converter plugin of it would publish as posts (Markdown that the site's
    /// <c>markdown_ext</c> leaves out, HTML, Textile, reStructuredText, Org, AsciiDoc...), and no extension at all: in
    /// <c>_posts/</c> or <c>_drafts/</c>, such a file was meant as a post.
    /// </summary>
    private static readonly HashSet<string> ConverterExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "", ".md", ".markdown", ".mkdown", ".mkdn", ".mkd", ".html", ".htm", ".txt", ".text", ".textile", ".rst", ".org",
        ".adoc", ".asciidoc", ".rdoc", ".wiki", ".mediawiki", ".creole", ".pod",
    };

    /// <summary>
    /// Whether a file that is no post may stand beside the posts of <c>_posts/</c> or <c>_drafts/</c> as something they
    /// show (an image, a PDF, a video), rather than being a post meant for a converter this site has not.
    /// </summary>
    public static bool IsPostAsset(string name) => !ConverterExtensions.Contains(Path.GetExtension(name));

    /// <summary>
    /// The full path of the file of the posts folder served at <paramref name="relativePath"/>, or null when none may
    /// be: the rules for names hold for where it really is as well, so that a symbolic link (<c>assets/cfg.txt</c> to
    /// <c>_config.yml</c>, <c>assets/d</c> to <c>_drafts/</c>) serves nothing the folder keeps to itself.
    /// </summary>
    public static string? FullPathOf(string postsPath, string relativePath, JekyllExcludes? excludes = null, PostFiles? postFiles = null) =>
        IsServedName(relativePath, excludes, postFiles) && ContainedPath.Resolve(postsPath, relativePath, out var real) is { } full
        && IsServedName(AsMounted(real), excludes, postFiles) ? full : null;

    /// <summary>
    /// A real path relative to the posts folder without the folder Kubernetes keeps a mounted volume's files in: a
    /// ConfigMap or Secret mounted as the posts folder is a link per entry into <c>..data/</c>, itself a link to
    /// <c>..2026_12_02_04_00_00.1/</c>, where the files really are. Those names are not the author's hidden files.
    /// </summary>
    public static string AsMounted(string realRelativePath) =>
        realRelativePath.StartsWith("..", StringComparison.Ordinal) && realRelativePath.IndexOf('/') is var slash and > 2
            ? realRelativePath[(slash + 1)..]
            : realRelativePath;

    /// <summary>
    /// Whether the file is a Jekyll page: a text file whose first line is <c>---</c>, as Jekyll tells them. One that
    /// cannot be read is no page (and answers as the server finds it).
    /// </summary>
    public static bool IsJekyllPage(string fullPath)
    {
        if (!TextExtensions.Contains(Path.GetExtension(fullPath))) return false;
        try
        {
            using var file = RegularFile.OpenRead(fullPath, out _);
            if (file is null) return false;
            Span<byte> start = stackalloc byte[64];
            var read = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            var text = Encoding.UTF8.GetString(start[..read]).TrimStart('\uFEFF');
            var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
            return lineEnd >= 3 && text.StartsWith("---", StringComparison.Ordinal) && text[3..lineEnd].TrimEnd('\r').Trim(' ', '\t').Length == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
