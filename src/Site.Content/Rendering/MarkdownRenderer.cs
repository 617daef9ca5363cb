using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// A post body rendered to HTML, with the text of its first paragraph, the text before its excerpt separator (null
/// without one), its length in words, every link it holds and the Liquid it could not run.
/// </summary>
public sealed record RenderedBody(
    string Html, string FirstParagraphText, string? MarkedExcerpt, IReadOnlyList<BodyLink> Links, int WordCount, IReadOnlyList<UnsupportedLiquid> UnsupportedLiquid);

/// <summary>
/// Markdown to HTML: CommonMark with tables, footnotes, task lists, auto-links and heading ids. The author's
/// raw HTML is kept; relative paths are resolved, external links get <c>rel="noopener"</c>, images lazy-load.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation()
        .Build();

    /// <param name="bodyFirstLine">The file line the body starts on, so that links carry the file's own line numbers.</param>
    /// <param name="siteUrl">The site's public address, for Liquid's <c>{{ site.url }}</c>.</param>
    /// <param name="excerptSeparator">What marks the end of the summary in the body: Hugo's and Jekyll's usual divider by default.</param>
    public static RenderedBody Render(string markdown, LinkResolver resolver, int bodyFirstLine = 1, string siteUrl = "", string excerptSeparator = DefaultExcerptSeparator)
    {
        var unsupportedLiquid = new List<UnsupportedLiquid>();
        var expanded = LiquidTags.Expand(markdown, resolver, siteUrl, bodyFirstLine, unsupportedLiquid);
        var document = Parse(expanded);
        var links = new List<BodyLink>();

        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is null) continue;
            link.Url = resolver.Resolve(link.Url);
            links.Add(new BodyLink(link.Url, link.IsImage, bodyFirstLine + link.Line, link.Column + 1));
            if (link.IsImage)
            {
                link.GetAttributes().AddPropertyIfNotExist("loading", "lazy");
                link.GetAttributes().AddPropertyIfNotExist("decoding", "async");
            }
            else if (LinkResolver.IsExternal(link.Url))
            {
                link.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
            }
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            links.Add(new BodyLink(autolink.Url, IsImage: false, bodyFirstLine + autolink.Line, autolink.Column + 1));
            if (LinkResolver.IsExternal(autolink.Url)) autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        var rewriter = new RawHtmlRewriter(resolver.Resolve, links);
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new RawHtmlBlockRenderer(rewriter, bodyFirstLine));
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new RawHtmlInlineRenderer(rewriter, bodyFirstLine));
        renderer.Render(document);
        writer.Flush();

        return new RenderedBody(writer.ToString(), FirstParagraphText(document), MarkedExcerpt(document, expanded, excerptSeparator),
            links, WordCount(document), unsupportedLiquid);
    }

    public const string DefaultExcerptSeparator = "<!--more-->";

    internal static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Whether a source position is in code: what looks like markup or Liquid there is text the author wants shown.</summary>
    internal static Func<int, bool> InCode(MarkdownDocument document)
    {
        List<SourceSpan> code = [.. document.Descendants<CodeBlock>().Select(block => block.Span)
            .Concat(document.Descendants<CodeInline>().Select(inline => inline.Span))];
        return position => code.Any(span => position >= span.Start && position <= span.End);
    }

    private static int WordCount(MarkdownDocument document) =>
        document.Descendants<LiteralInline>().Sum(literal => CountWords(literal.Content.AsSpan())) +
        document.Descendants<CodeInline>().Sum(code => CountWords(code.Content));

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var character in text)
        {
            var isWordCharacter = !char.IsWhiteSpace(character);
            if (isWordCharacter && !inWord) words++;
            inWord = isWordCharacter;
        }
        return words;
    }

    /// <summary>The plain text of the first paragraph that has any: the default summary of a post.</summary>
    private static string FirstParagraphText(MarkdownDocument document)
    {
        foreach (var paragraph in Prose(document))
        {
            var text = new StringBuilder();
            AppendText(paragraph.Inline!, text, int.MaxValue, separator: null);
            if (Collapse(text) is { Length: > 0 } collapsed) return collapsed;
        }
        return "";
    }

    /// <summary>
    /// The plain text of the paragraphs before the first <paramref name="separator"/> outside code, as the author marked
    /// the summary; null when there is none, or nothing before it.
    /// </summary>
    private static string? MarkedExcerpt(MarkdownDocument document, string markdown, string separator)
    {
        var at = markdown.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0) return null;
        var inCode = InCode(document);
        while (at >= 0 && inCode(at))
            at = markdown.IndexOf(separator, at + 1, StringComparison.Ordinal);
        if (at < 0) return null;

        var text = new StringBuilder();
        foreach (var paragraph in Prose(document).Where(p => p.Span.Start < at))
        {
            AppendText(paragraph.Inline!, text, at, separator);
            text.Append(' ');
        }
        return Collapse(text) is { Length: > 0 } collapsed ? collapsed : null;
    }

    private static string Collapse(StringBuilder text) =>
        string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The paragraphs of the body's text, in order: not footnote definitions, which Markdig moves to the end.</summary>
    private static IEnumerable<ParagraphBlock> Prose(MarkdownDocument document) =>
        document.Descendants<ParagraphBlock>().Where(paragraph => paragraph.Inline is not null && !InFootnote(paragraph));

    private static bool InFootnote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is Footnote) return true;
        }
        return false;
    }

    /// <summary>
    /// The text of <paramref name="container"/>'s inlines that start before source position <paramref name="end"/>; a
    /// literal that holds <paramref name="separator"/> is cut there (its text and its source can differ by escapes).
    /// </summary>
    private static void AppendText(ContainerInline container, StringBuilder text, int end, string? separator)
    {
        foreach (var inline in container)
        {
            if (inline.Span.Start >= end) return;
            switch (inline)
            {
                case LinkInline { IsImage: true }: break;
                case LiteralInline literal when literal.Span.End >= end:
                    var content = literal.Content.ToString();
                    var cut = separator is null ? -1 : content.IndexOf(separator, StringComparison.Ordinal);
                    text.Append(content.AsSpan(0, cut >= 0 ? cut : Math.Clamp(end - literal.Span.Start, 0, content.Length)));
                    break;
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline child: AppendText(child, text, end, separator); break;
            }
        }
    }

    private sealed class RawHtmlBlockRenderer(RawHtmlRewriter rewriter, int bodyFirstLine) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            var html = block.Lines.ToString();
            renderer.Write(rewriter.Rewrite(html, bodyFirstLine + block.Line, block.Column + 1));
            renderer.WriteLine();
        }
    }

    private sealed class RawHtmlInlineRenderer(RawHtmlRewriter rewriter, int bodyFirstLine) : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline) =>
            renderer.Write(rewriter.Rewrite(inline.Tag, bodyFirstLine + inline.Line, inline.Column + 1));
    }
}
