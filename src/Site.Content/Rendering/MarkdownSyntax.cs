using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// The Markdown a body is read as: CommonMark with tables, footnotes, task lists, auto-links, strike-through, heading
/// ids (kramdown's own too, <see cref="HeaderIds"/>), kramdown's definition lists and abbreviations, and math as kramdown and MathJax write it
/// (<see cref="MathSyntax"/>), raw HTML elements as kramdown reads them (<see cref="RawHtmlElements"/>), each element knowing where in the text it was written; with typography (kramdown's
/// typographic symbols: curly quotes, dashes, ellipses, guillemets) or without. Of Markdig's emphasis extras only
/// <c>~~strike-through~~</c>: kramdown, which Jekyll posts are written for, has no <c>^superscript^</c> or
/// <c>~subscript~</c>, and with them <c>2^10</c> in prose loses its caret.
/// </summary>
public static class MarkdownSyntax
{
    public static readonly MarkdownPipeline Pipeline = Build(typography: false);

    public static readonly MarkdownPipeline Typographic = Build(typography: true);

    private static MarkdownPipeline Build(bool typography)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoLinks()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseDefinitionLists()
            .UseAbbreviations()
            .Use<HeaderIds>()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .Use<MathSyntax>()
            .Use<SpanLevelHtml>()
            .Use<KramdownTableSections>();
        if (typography) builder.UseSmartyPants();
        builder.BlockParsers.InsertBefore<HtmlBlockParser>(new RawHtmlElements());
        return builder.UsePreciseSourceLocation().Build();
    }

    public static MarkdownPipeline For(bool typography) => typography ? Typographic : Pipeline;

    public static MarkdownDocument Parse(string markdown, bool typography = false, bool parseBlockHtml = false, bool dollarMath = false)
    {
        var context = new MarkdownParserContext();
        if (parseBlockHtml) context.Properties[RawHtmlElements.ParseBlockHtml] = true;
        if (dollarMath) context.Properties[MathSyntax.DollarMath] = true;
        var document = Markdown.Parse(markdown, For(typography), context);
        if (typography && markdown.Contains("--", StringComparison.Ordinal)) DashSpans.Repair(document);
        return document;
    }

    /// <summary>Whether a position of the parsed text is in code: what looks like markup or Liquid there is text the author wants shown.</summary>
    public static Func<int, bool> InCode(MarkdownDocument document) => Within(CodeSpans(document));

    /// <summary>
    /// Whether a position of the parsed text is in code or math: kramdown's own syntax (tables, extensions) is not read
    /// there. Liquid is, in math, as Jekyll runs it before kramdown.
    /// </summary>
    public static Func<int, bool> InCodeOrMath(MarkdownDocument document) =>
        Within([.. CodeSpans(document), .. MathSyntax.In(document).OfType<MarkdownObject>().Select(math => math.Span)]);

    /// <summary>Where the parsed text holds code (code blocks, fenced or indented, and code spans), in order of position.</summary>
    public static List<SourceSpan> CodeSpans(MarkdownDocument document) =>
        [.. document.Descendants<CodeBlock>().Select(block => block.Span)
            .Concat(document.Descendants<Markdig.Syntax.Inlines.CodeInline>().Select(inline => inline.Span))
            .OrderBy(span => span.Start)];

    private static Func<int, bool> Within(List<SourceSpan> spans) => position => spans.Any(span => position >= span.Start && position <= span.End);
}
