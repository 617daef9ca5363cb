using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// The Markdown a body is read as: CommonMark with tables, footnotes, task lists, auto-links, strike-through and
/// heading ids, each element knowing where in the text it was written.
/// </summary>
public static class MarkdownSyntax
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseTaskLists()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePreciseSourceLocation()
        .Build();

    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>Whether a position of the parsed text is in code: what looks like markup or Liquid there is text the author wants shown.</summary>
    public static Func<int, bool> InCode(MarkdownDocument document)
    {
        var code = CodeSpans(document);
        return position => code.Any(span => position >= span.Start && position <= span.End);
    }

    /// <summary>Where the parsed text holds code (code blocks, fenced or indented, and code spans), in order of position.</summary>
    public static List<SourceSpan> CodeSpans(MarkdownDocument document) =>
        [.. document.Descendants<CodeBlock>().Select(block => block.Span)
            .Concat(document.Descendants<Markdig.Syntax.Inlines.CodeInline>().Select(inline => inline.Span))
            .OrderBy(span => span.Start)];
}
