using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's <c>markdown="1"</c> on a raw HTML block: what the block holds after its opening tag is read as Markdown,
/// as kramdown reads it, instead of staying raw; the attribute itself does not reach the page. <c>markdown="span"</c>
/// reads it as span-level text: no paragraph inside the element (<see cref="SpanLevelHtml"/>). An attribute list line
/// just under the end tag goes on the element, as kramdown puts it. (What follows a blank
/// line inside such a block is Markdown already: Markdig ends the raw block there.)
/// </summary>
public sealed partial class MarkdownInHtml : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            var html = block.Lines.ToString();
            if (OpeningTag().Match(html) is not { Success: true } tag) continue;

            var opening = html[..tag.Length].Remove(tag.Groups["attribute"].Index, tag.Groups["attribute"].Length);
            var inside = ListsUnderTheEndTag(html[tag.Length..], tag.Groups["name"].Value, ref opening);
            var spanLevel = tag.Groups["level"].Value.Equals("span", StringComparison.OrdinalIgnoreCase);
            string? closing = null;
            if (spanLevel && ClosingTag().Match(inside) is { Success: true } end && end.Groups["name"].Value.Equals(tag.Groups["name"].Value, StringComparison.OrdinalIgnoreCase))
            {
                closing = end.Value.Trim();
                inside = inside[..end.Index];
            }
            var container = block.Parent!;
            var at = container.IndexOf(block);
            container.Insert(at++, new HtmlBlock(null) { Lines = new StringLineGroup(opening), Line = block.Line, Column = block.Column });
            if (inside.Trim().Length > 0)
            {
                // Its lines count from the line after the opening tag.
                foreach (var child in Blocks(inside.Trim('\n'), document, context, block.Line + 1))
                    container.Insert(at++, spanLevel && child is ParagraphBlock paragraph ? SpanLevelHtml.Of(paragraph) : child);
            }
            if (closing is not null)
                container.Insert(at, new HtmlBlock(null) { Lines = new StringLineGroup(closing), Line = block.Line + html.AsSpan().TrimEnd().Count('\n'), Column = block.Column });
            container.Remove(block);
        }
    }

    /// <summary>
    /// The blocks of a piece of the post's text read as Markdown apart from the rest, ready to go into the document:
    /// their lines count from <paramref name="firstLine"/>, for what reports them, and their math is the document's.
    /// </summary>
    internal static List<Block> Blocks(string markdown, MarkdownDocument document, BodyContext context, int firstLine)
    {
        var parsed = MarkdownSyntax.Parse(markdown, context.Typography, dollarMath: context.DollarMath);
        foreach (var node in parsed.Descendants()) node.Line += firstLine;
        MathSyntax.Adopt(document, parsed);
        var blocks = parsed.ToList();
        parsed.Clear();
        return blocks;
    }

    /// <summary>
    /// The inside without the attribute list lines just under the element's end tag, which kramdown puts on the element:
    /// they go into <paramref name="opening"/>.
    /// </summary>
    private static string ListsUnderTheEndTag(string inside, string name, ref string opening)
    {
        var lines = inside.TrimEnd().Split('\n');
        var end = lines.Length;
        while (end > 0 && AttributeList.OfLine(lines[end - 1]) is not null) end--;
        if (end == lines.Length || end == 0 || !lines[end - 1].TrimEnd().EndsWith($"</{name}>", StringComparison.OrdinalIgnoreCase)) return inside;
        foreach (var line in lines[end..]) opening = RawHtmlStartTag.WithAttributes(opening, AttributeList.Parse(AttributeList.OfLine(line)!.Groups["inside"].Value));
        return string.Join('\n', lines[..end]) + "\n";
    }

    [GeneratedRegex("""^\s*<(?<name>[A-Za-z][A-Za-z0-9-]*)\b[^>]*?(?<attribute>\s+markdown\s*=\s*["']?(?<level>1|block|span)["']?)[^>]*>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningTag();

    [GeneratedRegex(@"</(?<name>[A-Za-z][A-Za-z0-9-]*)\s*>\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingTag();
}
