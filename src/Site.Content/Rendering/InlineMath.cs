using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// TeX in a paragraph: <c>$$...$$</c>, <c>\(...\)</c> (<c>$...$</c> where the post's theme reads it) or a reference to an
/// equation inline, or <c>\[...\]</c> or a math environment, which MathJax shows as a block wherever it stands; inline
/// math that is an environment temml typesets in display math only (<c>$$\begin{align}...$$</c> with text after it) is
/// display math too.
/// </summary>
public sealed class InlineMath : LeafInline, IMath
{
    public required string Tex { get; init; }
    public bool IsDisplay { get; init; }
    public int FileLine { get; set; }
}

/// <summary>
/// Reads <see cref="InlineMath"/>: from an opening delimiter (<see cref="MathDelimiters"/>) to the first closing one after it,
/// across lines of the paragraph and over anything Markdown would read there. Without a closing delimiter, or with
/// nothing between the two, it is text.
/// </summary>
public sealed class InlineMathParser : InlineParser
{
    public InlineMathParser() => OpeningCharacters = ['$', '\\'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var dollars = processor.Context?.Properties.ContainsKey(MathSyntax.DollarMath) == true;
        if ((MathDelimiters.Opening(text, start, slice.End) ?? (dollars ? MathDelimiters.SingleDollar(text, start, slice.End) : null)) is not { } opening)
            return false;

        var texStart = start + opening.Length;
        var end = MathDelimiters.Find(processor.Document, text, opening.Closing, texStart, slice.End);
        if (end < 0 || text.AsSpan(texStart, end - texStart).IsWhiteSpace() || !MathDelimiters.IsMath(opening, text.AsSpan(texStart, end - texStart), dollars)) return false;
        var closed = end + opening.Closing.Length;

        var tex = opening.Tex(text, start, end);
        var math = new InlineMath
        {
            Tex = tex,
            IsDisplay = opening.IsDisplay || MathDelimiters.IsDisplayOnly(tex),
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(closed - 1)),
            Line = line,
            Column = column,
        };
        MathSyntax.Add(processor.Document, math);
        processor.Inline = math;
        slice.Start = closed;
        return true;
    }
}
