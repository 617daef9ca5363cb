namespace Site.Content.Reading;

/// <summary>
/// Which files are posts, as a Jekyll site's <c>_config.yml</c> says: those whose extension its <c>markdown_ext</c>
/// names (Jekyll's default <c>markdown,mkdown,mkdn,mkd,md</c>), any case, wherever they are; and in <c>_posts/</c> and
/// <c>_drafts/</c>, HTML files (<c>.html</c>, <c>.htm</c>), which Jekyll publishes too, their Liquid run and their
/// HTML kept as written (jekyll-import writes WordPress's and Blogger's posts so). The one place that tells a post's
/// file from a file served as it is.
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

    /// <summary>The extensions of HTML posts.</summary>
    private static readonly string[] HtmlExtensions = [".html", ".htm"];

    /// <summary>Whether a file, by its '/'-separated path relative to the posts folder, is read as a post (or page).</summary>
    public bool IsPostFile(string relativePath) => IsMarkdown(relativePath) || IsHtmlPost(relativePath);

    /// <summary>Whether a post file is HTML, not Markdown: its body is kept as written, not read as Markdown.</summary>
    public bool IsHtmlPost(string relativePath) =>
        !IsMarkdown(relativePath) && IsHtml(relativePath) && (PostReader.InPostsFolder(relativePath) || PostReader.IsDraft(relativePath));

    /// <summary>
    /// Whether a file name written in a link or Liquid's <c>{% link %}</c> may name a post's file (<c>x.md</c>,
    /// <c>x.html</c>): the post files are then asked whether one is so named.
    /// </summary>
    public bool MayNamePost(string path) => IsMarkdown(path) || IsHtml(path);

    /// <summary>Every extension a post's file may have, Markdown's first: what <c>post_url</c>'s name may leave out.</summary>
    public IEnumerable<string> Extensions => MarkdownExtensions.Concat(HtmlExtensions);

    private static bool IsHtml(string path) => HtmlExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
