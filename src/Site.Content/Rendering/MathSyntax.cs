using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// Math as Jekyll posts write it for kramdown and MathJax: <c>$$...$$</c> standing as a block of its own is display math,
/// <c>$$...$$</c> in a paragraph inline math; <c>\\(...\\)</c> is inline, <c>\\[...\\]</c> display, as kramdown posts
/// write them for MathJax; a math environment in prose is display math, <c>\eqref{...}</c> inline
/// (<see cref="MathDelimiters"/>); with a single backslash, where TeX stands between (<see cref="MathDelimiters.IsMath"/>).
/// A single <c>$</c> is text (prices), but where the post's theme typesets math (<see cref="DollarMath"/>): there
/// <c>$...$</c> is math, read as pandoc reads it, and <c>\(...\)</c>, <c>\[...\]</c> whatever they hold. The TeX between the delimiters is kept as written
/// (with kramdown's escapes undone where kramdown reads it), never read as Markdown. Each piece is written as a
/// placeholder (<see cref="MathPlaceholder"/>) that <see cref="MathTypesetting"/> turns into MathML when the page is
/// first wanted.
/// </summary>
public sealed class MathSyntax : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.AddIfNotAlready<DisplayMathParser>();
        // Before the escapes, which would read "\(" as an escaped "(".
        if (!pipeline.InlineParsers.Contains<InlineMathParser>())
            pipeline.InlineParsers.InsertBefore<EscapeInlineParser>(new InlineMathParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready<MathPlaceholder.InlineRenderer>();
        html.ObjectRenderers.AddIfNotAlready<MathPlaceholder.DisplayRenderer>();
    }

    private static readonly object FoundKey = new();

    /// <summary>
    /// The parser context's mark that the post's theme typesets math: <c>\(...\)</c> and <c>\[...\]</c> are math, and
    /// <c>$...$</c> is inline math, as MathJax and KaTeX read it where a theme enables it:
    /// the opening <c>$</c> followed by a character that is not a space, the closing one preceded by one and not
    /// followed by a digit (so that <c>$5 and $10</c> stays text).
    /// </summary>
    public static readonly object DollarMath = new();

    /// <summary>The math of a parsed document, in the order it was read: kept as it is found, so that a body without math costs no walk of its tree.</summary>
    public static IReadOnlyList<IMath> In(MarkdownDocument document) => document.GetData(FoundKey) as List<IMath> ?? [];

    /// <summary>Makes the math of <paramref name="part"/>, parsed apart and moved into <paramref name="document"/>, the document's.</summary>
    public static void Adopt(MarkdownDocument document, MarkdownDocument part)
    {
        foreach (var math in In(part)) Add(document, math);
    }

    internal static void Add(MarkdownDocument document, IMath math)
    {
        if (document.GetData(FoundKey) is not List<IMath> found) document.SetData(FoundKey, found = []);
        found.Add(math);
    }
}
