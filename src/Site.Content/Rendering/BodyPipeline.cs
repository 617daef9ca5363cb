using Markdig.Renderers;
using Markdig.Syntax;
using Site.Content.Rendering.Liquid;

namespace Site.Content.Rendering;

/// <summary>A stage that rewrites a body's Markdown text before it is parsed (Liquid).</summary>
public interface ISourceStage
{
    string Rewrite(string markdown, BodyContext context);
}

/// <summary>A stage that rewrites the parsed document before it becomes HTML (links, images, code).</summary>
public interface IDocumentStage
{
    void Rewrite(MarkdownDocument document, BodyContext context);
}

/// <summary>
/// A stage that finishes the written HTML (highlighting, math): costly, so it runs the first time a post's HTML is
/// wanted, not while the catalog is built (<see cref="BodyHtml"/>). It works on the HTML the pipeline wrote, whose
/// markup it knows, and reports what it finds wrong to <paramref name="problems"/>.
/// </summary>
public interface IHtmlStage
{
    string Finish(string html, ICollection<BodyProblem> problems);
}

/// <summary>
/// A post body rendered to HTML (finished when first wanted), with the text of its first paragraph, the text before
/// its excerpt separator (null without one), its length in words, every link it holds, the problems its stages found,
/// and the images it shows whose variants the site makes.
/// </summary>
public sealed record RenderedBody(
    BodyHtml Body, string FirstParagraphText, string? MarkedExcerpt, IReadOnlyList<BodyLink> Links, int WordCount, IReadOnlyList<BodyProblem> Problems,
    IReadOnlyList<ResponsiveImage> Pictures)
{
    /// <summary>The finished HTML.</summary>
    public string Html => Body.Html;
}

/// <summary>
/// How a post body becomes HTML, in order: the source stages rewrite its text (front matter is already read off), the
/// text is parsed as <see cref="MarkdownSyntax"/>, the document stages rewrite the parsed document, Markdig writes the
/// HTML, and the finishing stages complete it when it is first wanted. Each stage is one class; a new rule (syntax
/// highlighting, typographic quotes, responsive images) is one more class and one line in <see cref="Default"/>.
/// </summary>
public sealed class BodyPipeline(
    IReadOnlyList<ISourceStage> sourceStages, IReadOnlyList<IDocumentStage> documentStages, IReadOnlyList<IHtmlStage>? finishingStages = null)
{
    // One highlighter for both pipelines: a grammar is loaded and compiled once however many kinds of post use it.
    private static readonly CodeHighlighting Highlighting = new();

    public static readonly BodyPipeline Default = new(
        sourceStages: [new LiquidStage(), new KramdownExtensions(), new KramdownTables()],
        documentStages:
        [
            new MarkdownInHtml(), new VerbatimHtml(), new KramdownTableSections(), new KramdownAttributes(), new KramdownTypography(), new TableOfContents(), new CodeBlocks(),
            new LinkPaths(), new RawHtmlPaths(), new RawHtmlHazards(), new ImageLoading(), new ExternalLinks(), new MathPositions(), new ScrollBoxes(),
        ],
        // Each finds only the markup the pipeline wrote for it, escaped text inside: neither meets the other's output.
        finishingStages: [Highlighting, new MathTypesetting(Temml.InAppFolder)]);

    /// <summary>
    /// An HTML post's: its Liquid runs, then its HTML is kept as written (no Markdown, typography or math, as Jekyll's
    /// Identity converter keeps it), but for what raw HTML gets in a Markdown post: its paths resolved, its hazards
    /// reported; and code of Liquid's <c>{% highlight %}</c> is coloured.
    /// </summary>
    public static readonly BodyPipeline Html = new(
        sourceStages: [new LiquidStage()], documentStages: [new RawHtmlPaths(), new RawHtmlHazards()], finishingStages: [Highlighting]);

    /// <summary>The pipeline for a body: <see cref="Html"/> for an HTML one (<see cref="BodyContext.Html"/>), else <see cref="Default"/>.</summary>
    public static BodyPipeline For(BodyContext context) => context.Html ? Html : Default;

    public RenderedBody Render(string markdown, BodyContext context)
    {
        foreach (var stage in sourceStages) markdown = stage.Rewrite(markdown, context);
        var document = context.Parse(markdown);
        foreach (var stage in documentStages) stage.Rewrite(document, context);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownSyntax.For(context.Typography).Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var firstParagraph = context.Html ? BodyText.FirstHtmlParagraph(markdown) : BodyText.FirstParagraph(document);
        return new RenderedBody(new BodyHtml(writer.ToString(), finishingStages), firstParagraph, BodyText.MarkedExcerpt(document, markdown, context.ExcerptSeparator, firstParagraph),
            context.Links, context.Html ? BodyText.HtmlWordCount(markdown) : BodyText.WordCount(document), context.Problems, context.Pictures);
    }
}
