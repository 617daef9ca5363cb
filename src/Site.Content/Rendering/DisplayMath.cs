using System.Text;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// Display math that stands as a block of its own: <c>$$...$$</c>, <c>\[...\]</c> (<c>\\[...\\]</c>) or a math
/// environment, on one line or several.
/// </summary>
public sealed class DisplayMath(BlockParser parser) : LeafBlock(parser), IMath
{
    internal readonly StringBuilder Text = new();

    public string Tex => Opening.IsKramdownText ? MathDelimiters.KramdownText(Text.ToString()) : Text.ToString();
    public bool IsDisplay => true;
    public int FileLine { get; set; }

    /// <summary>Where the closing delimiter is in the parsed text: the line that holds it ends the block.</summary>
    internal int ClosingAt { get; init; }

    internal MathOpening Opening { get; init; }

    /// <summary>Where the TeX ends in the parsed text: before the closing delimiter, or after it when it is TeX too.</summary>
    internal int TexEnd => Opening.IsInTex ? ClosingAt + Opening.Closing.Length : ClosingAt;
}

/// <summary>
/// Reads <see cref="DisplayMath"/> as kramdown does: a block that starts with <c>$$</c> (or <c>\[</c>, <c>\\[</c>, a
/// math environment's <c>\begin{...}</c>; not an inline delimiter, which MathJax shows inline) and ends with
/// the first closing delimiter after it, at the end of a line, before a blank line, a line that is a kramdown attribute
/// list (<c>{: .wide}</c>, which then applies to it) or the end of its container. It does not interrupt a paragraph,
/// unless the paragraph is only attribute lists for it: elsewhere in a paragraph, and when text follows it, it is
/// <see cref="InlineMath"/>. The lines between are TeX, whatever Markdown they look like (a line starting with
/// <c>-</c> or <c>=</c> is common in aligned equations).
/// </summary>
public sealed class DisplayMathParser : BlockParser
{
    public DisplayMathParser() => OpeningCharacters = ['$', '\\'];

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock paragraph || IsAttributeLists(paragraph);

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var text = line.Text;
        var open = line.Start;
        if (MathDelimiters.Opening(text, open, line.End) is not { } opening || !(opening.IsDisplay || opening.Closing == "$$")) return BlockState.None;

        var close = MathDelimiters.Find(processor.Document, text, opening.Closing, open + opening.Length, text.Length - 1);
        if (close < 0) return BlockState.None;
        var closed = close + opening.Closing.Length;
        var closingLineEnd = LineEnd(text, close);
        if (!text.AsSpan(closed, closingLineEnd - closed).IsWhiteSpace() || !EndsABlock(text, closingLineEnd, processor.Column)) return BlockState.None;
        var between = text.AsSpan(open + opening.Length, close - open - opening.Length);
        if (between.IsWhiteSpace() || !MathDelimiters.IsMath(opening, between, processor.Context?.Properties.ContainsKey(MathSyntax.DollarMath) == true)) return BlockState.None;

        var math = new DisplayMath(this) { Column = processor.Column, Span = new SourceSpan(processor.Start, closed - 1), ClosingAt = close, Opening = opening };
        MathSyntax.Add(processor.Document, math);
        processor.NewBlocks.Push(math);
        var texStart = opening.IsInTex ? open : open + opening.Length;
        if (close <= line.End)
        {
            math.Text.Append(text, texStart, math.TexEnd - texStart);
            return BlockState.BreakDiscard;
        }
        math.Text.Append(text, texStart, line.End - texStart + 1);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var math = (DisplayMath)block;
        // The line as written inside its container: its indentation is the author's.
        processor.GoToColumn(processor.ColumnBeforeIndent);
        var line = processor.Line;
        math.Text.Append('\n');
        if (math.ClosingAt > line.End || line.IsEmpty)
        {
            math.Text.Append(line.Text, line.Start, line.Length);
            return BlockState.ContinueDiscard;
        }
        math.Text.Append(line.Text, line.Start, math.TexEnd - line.Start);
        return BlockState.BreakDiscard;
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }

    /// <summary>
    /// Whether the line after <paramref name="lineEnd"/> ends the block the math is in: there is none, it is blank (in a
    /// quote too) or an attribute list, or it is less indented than the math, so that it belongs to an outer block (the
    /// next list item).
    /// </summary>
    private static bool EndsABlock(string text, int lineEnd, int column)
    {
        if (lineEnd >= text.Length) return true;
        var next = text.AsSpan(lineEnd + 1, LineEnd(text, lineEnd + 1) - lineEnd - 1);
        if (next.TrimStart(" \t>\r").IsEmpty || IsAttributeList(next.TrimStart(" \t>"))) return true;
        var indent = next.Length - next.TrimStart(' ').Length;
        return indent < column;
    }

    /// <summary>Whether a paragraph is only attribute lists, read from its last line: one of text costs a look at a line.</summary>
    private static bool IsAttributeLists(ParagraphBlock paragraph)
    {
        for (var i = paragraph.Lines.Count - 1; i >= 0; i--)
        {
            if (!IsAttributeList(paragraph.Lines.Lines[i].Slice.AsSpan())) return false;
        }
        return true;
    }

    /// <summary>Whether a line is a kramdown block attribute list and nothing else: kramdown ends a block of math before one.</summary>
    private static bool IsAttributeList(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim().ToString();
        var list = AttributeList.Pattern.Match(trimmed);
        return list.Success && list.Length == trimmed.Length;
    }
}
