using Markdig.Syntax;
using Site.Content.Rendering.Liquid;

namespace Site.Content.Rendering;

/// <summary>A problem a stage found in a body, at a line and column of the post's file.</summary>
public sealed record BodyProblem(string Message, int Line, int Column);

/// <summary>
/// One post's body on its way through the <see cref="BodyPipeline"/>: what its stages need to know of the post, and
/// what they report back (the links they met, the problems they found).
/// </summary>
/// <param name="resolver">Turns the paths an author wrote into the site's URLs.</param>
/// <param name="firstLine">The file line the body starts on, so that reports carry the file's own line numbers.</param>
/// <param name="excerptSeparator">What marks the end of the summary in the body.</param>
/// <param name="liquid">What Liquid knows of the site (<c>site.*</c>, the includes, the limits); null for an empty site.</param>
/// <param name="page">The post's <c>page.*</c> for Liquid, made only for a body that has Liquid; null for none.</param>
public sealed class BodyContext(
    LinkResolver resolver, int firstLine = 1, string excerptSeparator = BodyContext.DefaultExcerptSeparator,
    LiquidSite? liquid = null, Func<IReadOnlyDictionary<string, object?>>? page = null)
{
    /// <summary>Hugo's and Jekyll's usual divider between the summary and the rest.</summary>
    public const string DefaultExcerptSeparator = "<!--more-->";

    private (string Markdown, MarkdownDocument Document)? _parsed;

    public LinkResolver Resolver { get; } = resolver;
    public int FirstLine { get; } = firstLine;
    public string ExcerptSeparator { get; } = excerptSeparator;
    public LiquidSite Liquid { get; } = liquid ?? LiquidSite.Empty;

    /// <summary>The post's <c>page.*</c> for Liquid: every front matter field, and what the site settled (url, date, slug...).</summary>
    public IReadOnlyDictionary<string, object?> Page() => page?.Invoke() ?? new Dictionary<string, object?>();

    /// <summary>Every link and image of the body, resolved, where the author wrote it.</summary>
    public List<BodyLink> Links { get; } = [];

    public List<BodyProblem> Problems { get; } = [];

    /// <summary>Whether the body's Liquid runs: false for a post whose front matter says <c>render_with_liquid: false</c>.</summary>
    public bool RendersLiquid { get; init; } = true;

    /// <summary>The local images the body may name, as their files are; null to leave images as written (but loading lazily).</summary>
    public IImageFiles? Images { get; init; }

    /// <summary>
    /// Whether the body's first image may be the page's largest paint: true when the page shows no preview image above
    /// the body, which would be.
    /// </summary>
    public bool FirstImageMayLead { get; init; }

    /// <summary>The images of the body that have variants, which the site makes.</summary>
    public List<ResponsiveImage> Pictures { get; } = [];

    /// <summary>Whether quotes, dashes and ellipses become typographic ones, as kramdown makes them.</summary>
    public bool Typography { get; init; } = true;

    /// <summary>What the quotes typography curls are written as: the site's <c>smart_quotes</c>, kramdown's curly ones by default.</summary>
    public SmartQuotes Quotes { get; init; } = SmartQuotes.Kramdown;

    /// <summary>kramdown's <c>parse_block_html</c>: what HTML block elements hold is read as Markdown, by their content model (<see cref="MarkdownInHtml"/>).</summary>
    public bool ParseBlockHtml { get; init; }

    /// <summary>Whether the post's theme typesets math: <c>$...$</c> and single-backslash <c>\(...\)</c> are math (<see cref="MathSyntax"/>).</summary>
    public bool DollarMath { get; init; }

    /// <summary>
    /// Whether the body is HTML, not Markdown (an HTML post of <c>_posts/</c>): read as one raw HTML block
    /// (<see cref="HtmlBody"/>) by the stages of <see cref="BodyPipeline.Html"/>.
    /// </summary>
    public bool Html { get; init; }

    /// <summary>The text last parsed: what the document stages' document was parsed from.</summary>
    public string Markdown => _parsed?.Markdown ?? "";

    /// <summary>
    /// Liquid markup the body's Liquid left as written, as it could not run it (<see cref="LiquidStage"/>): the author's
    /// text, which typography leaves as it leaves code (<see cref="KramdownTypography"/>).
    /// </summary>
    public List<string> LiquidAsWritten { get; } = [];

    /// <summary>
    /// Pieces of the body that must reach the page as they were written, set aside by a source stage (kramdown's
    /// <c>{::nomarkdown}</c>) and put back by <see cref="VerbatimHtml"/>.
    /// </summary>
    public List<string> Verbatim { get; } = [];

    /// <summary>
    /// <paramref name="markdown"/> parsed, once: a stage that must tell code from prose before the pipeline parses the
    /// body (Liquid) asks here, and when it leaves the text as it was, the pipeline parses it no more.
    /// </summary>
    public MarkdownDocument Parse(string markdown)
    {
        if (_parsed is { } parsed && ReferenceEquals(parsed.Markdown, markdown)) return parsed.Document;
        var document = Html ? HtmlBody.Parse(markdown) : MarkdownSyntax.Parse(markdown, Typography, ParseBlockHtml, DollarMath);
        _parsed = (markdown, document);
        return document;
    }

    /// <summary>The file line and column of a position in the body's text.</summary>
    public (int Line, int Column) PositionOf(string markdown, int index) => SourceText.PositionOf(markdown, index, FirstLine, 1);
}
