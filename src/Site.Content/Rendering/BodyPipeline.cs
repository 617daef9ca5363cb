using Markdig.Renderers;
using Markdig.Syntax;

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
/// A post body rendered to HTML, with the text of its first paragraph, the text before its excerpt separator (null
/// without one), its length in words, every link it holds and the problems its stages found.
/// </summary>
public sealed record RenderedBody(
    string Html, string FirstParagraphText, string? MarkedExcerpt, IReadOnlyList<BodyLink> Links, int WordCount, IReadOnlyList<BodyProblem> Problems);

/// <summary>
/// How a post body becomes HTML, in order: the source stages rewrite its text (front matter is already read off), the
/// text is parsed as <see cref="MarkdownSyntax"/>, the document stages rewrite the parsed document, and Markdig
/// writes the HTML. Each stage is one class; a new rule (syntax highlighting, typographic quotes, responsive images)
/// is one more class and one line in <see cref="Default"/>.
/// </summary>
public sealed class BodyPipeline(IReadOnlyList<ISourceStage> sourceStages, IReadOnlyList<IDocumentStage> documentStages)
{
    public static readonly BodyPipeline Default = new(
        sourceStages: [new LiquidTags()],
        documentStages: [new LinkPaths(), new RawHtmlPaths(), new RawHtmlHazards(), new ImageLoading(), new ExternalLinks()]);

    public RenderedBody Render(string markdown, BodyContext context)
    {
        foreach (var stage in sourceStages) markdown = stage.Rewrite(markdown, context);
        var document = context.Parse(markdown);
        foreach (var stage in documentStages) stage.Rewrite(document, context);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownSyntax.Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        return new RenderedBody(writer.ToString(), BodyText.FirstParagraph(document), BodyText.MarkedExcerpt(document, markdown, context.ExcerptSeparator),
            context.Links, BodyText.WordCount(document), context.Problems);
    }
}
