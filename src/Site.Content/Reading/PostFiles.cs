namespace Site.Content.Reading;

/// <summary>
/// Which files are posts, as a Jekyll site's <c>_config.yml</c> says: those whose extension its <c>markdown_ext</c>
/// names (Jekyll's default <c>markdown,mkdown,mkdn,mkd,md</c>), any case. The one place that tells a post's file from
/// a file served as it is.
/// </summary>
public sealed class PostFiles
{
    /// <summary>Jekyll's default <c>markdown_ext</c>.</summary>
    public const string JekyllMarkdownExtensions = "markdown,mkdown,mkdn,mkd,md";

    private PostFiles(IEnumerable<string> markdownExtensions) =>
        MarkdownExtensions = [.. markdownExtensions.Select(extension => "." + extension).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static readonly PostFiles Jekyll = Of(JekyllMarkdownExtensions);

    /// <summary>
    /// The post files of a <c>markdown_ext</c> as Jekyll reads it: a comma-separated list of extensions. Spaces and a
    /// leading dot around each are dropped (<c>md, .txt</c>), which Jekyll would keep and so match nothing.
    /// </summary>
    public static PostFiles Of(string markdownExt) =>
        new(markdownExt.Split(',').Select(extension => extension.Trim().TrimStart('.').Trim()).Where(extension => extension.Length > 0));

    /// <summary>The Markdown extensions, each with its dot (<c>.md</c>), in <c>markdown_ext</c>'s order.</summary>
    public IReadOnlyList<string> MarkdownExtensions { get; }

    /// <summary>Whether a file, by its name or path, is Markdown: its extension is one of <c>markdown_ext</c>'s.</summary>
    public bool IsMarkdown(string path) =>
        Path.GetExtension(path) is { Length: > 0 } extension && MarkdownExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a file, by its '/'-separated path relative to the posts folder, is read as a post (or page).</summary>
    public bool IsPostFile(string relativePath) => IsMarkdown(relativePath);
}
