using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's <c>markdown="1"</c> on a raw HTML block: what the element holds after its start tag is read as Markdown,
/// as kramdown reads it, instead of staying raw; the attribute itself does not reach the page. The element may be the
/// block's first or one inside it (a <c>&lt;div markdown="1"&gt;</c> in a <c>&lt;section&gt;</c>): what comes before its
/// start tag stays raw. <c>markdown="span"</c>, and <c>markdown="1"</c> on an element of text (<c>&lt;p&gt;</c>,
/// <c>&lt;h2&gt;</c>), read the inside up to the end tag as span-level text: no paragraph inside the element
/// (<see cref="SpanLevelHtml"/>). With kramdown's <c>parse_block_html</c> every block element is read so, by its
/// content model (<see cref="HtmlContentModel"/>), unless it says <c>markdown="0"</c>. An attribute list line just
/// under the end tag goes on the element, as kramdown puts it. (What follows a blank line inside such a block is
/// Markdown already: Markdig ends the raw block there.)
/// </summary>
public sealed partial class MarkdownInHtml : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        // What an element's inside is read into is read in turn: an element there may ask for Markdown too.
        var waiting = new Queue<HtmlBlock>(document.Descendants<HtmlBlock>());
        while (waiting.TryDequeue(out var block))
        {
            // A tag this stage split off, or raw HTML another stage made, is read no more.
            if (block.Parser is null || block.Parent is null) continue;
            foreach (var read in Read(block, document, context))
            {
                if (read is HtmlBlock html) waiting.Enqueue(html);
                foreach (var inside in read.Descendants().OfType<HtmlBlock>()) waiting.Enqueue(inside);
            }
        }
    }

    /// <summary>
    /// Replaces the block by its raw part and the Markdown its element holds, if it has an element to read; returns
    /// the blocks put in its place (none if it stays as it was).
    /// </summary>
    private static List<Block> Read(HtmlBlock block, MarkdownDocument document, BodyContext context)
    {
        var html = block.Lines.ToString();
        if (Find(html, context.ParseBlockHtml) is not var (tag, content, first)) return [];

        var name = tag.Groups["name"].Value;
        var tagEnd = tag.Index + tag.Length;
        var opening = html[..tagEnd];
        if (MarkdownAttribute().Match(tag.Value) is { Success: true } attribute) opening = opening.Remove(tag.Index + attribute.Index, attribute.Length);
        var inside = first ? ListsUnderTheEndTag(html[tagEnd..], name, ref opening) : html[tagEnd..];
        // kramdown reads a block element's inside from the next line on, and an end tag on the start tag's line as
        // text: it would run on to the end of the post. The text between the tags is what the author meant.
        if (content == HtmlContent.Block && EndTag(inside, name) is { } sameLine && !inside.AsSpan(0, sameLine.Index).Contains('\n')) content = HtmlContent.Span;

        Match? closing = null;
        var after = "";
        if (content == HtmlContent.Span && EndTag(inside, name) is { } end)
        {
            closing = end;
            after = inside[(end.Index + end.Length)..];
            inside = inside[..end.Index];
        }
        if (inside.Trim().Length == 0 && after.Trim().Length == 0)
        {
            var whole = opening + inside + closing?.Value;
            if (whole != html) block.Lines = new StringLineGroup(whole);
            return [];
        }

        var container = block.Parent!;
        var at = container.IndexOf(block);
        var read = new List<Block>();
        container.Insert(at++, new HtmlBlock(null) { Lines = new StringLineGroup(opening), Line = block.Line, Column = block.Column });
        // Text has no code blocks: a caption's indented lines are text (a piece so changed is not the post's text any more).
        var text = content == HtmlContent.Span ? LineIndent().Replace(inside, "") : inside;
        foreach (var child in Piece(block, html, tagEnd, text, document, context))
        {
            container.Insert(at++, content == HtmlContent.Span && child is ParagraphBlock paragraph ? SpanLevelHtml.Of(paragraph) : child);
            read.Add(child);
        }
        if (closing is not null)
        {
            var closingAt = tagEnd + closing.Index;
            container.Insert(at++, new HtmlBlock(null) { Lines = new StringLineGroup(closing.Value), Line = block.Line + html.AsSpan(0, closingAt).Count('\n'), Column = block.Column });
            foreach (var child in Piece(block, html, closingAt + closing.Length, after, document, context))
            {
                container.Insert(at++, child);
                read.Add(child);
            }
        }
        container.Remove(block);
        return read;
    }

    /// <summary>
    /// The element whose inside is read, with how it is read and whether it stands first: the first block element
    /// (at the start of a line, after nothing but text-level tags such as <c>&lt;img&gt;</c>, which kramdown reads as a
    /// paragraph), when it asks for Markdown or <c>parse_block_html</c> asks for it; else the first element inside it
    /// that asks to be read as blocks. Null if there is none.
    /// </summary>
    private static (Match Tag, HtmlContent Content, bool First)? Find(string html, bool parseBlockHtml)
    {
        // Most raw HTML asks for nothing: its tags are not read one by one.
        if (!parseBlockHtml && !html.Contains("markdown", StringComparison.OrdinalIgnoreCase)) return null;
        var inElement = false;
        foreach (Match tag in StartTag().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            var attribute = MarkdownAttribute().Match(tag.Value);
            var asked = attribute.Success ? HtmlContentModel.Asked(attribute.Groups["value"].Value, name) : null;
            if (!inElement && StartsLine(html, tag.Index))
            {
                var content = asked ?? (parseBlockHtml && !HtmlContentModel.IsSpanElement(name) ? HtmlContentModel.Of(name) : HtmlContent.Raw);
                if (content != HtmlContent.Raw) return (tag, content, true);
            }
            else if (asked == HtmlContent.Block) return (tag, HtmlContent.Block, false);
            inElement |= !HtmlContentModel.IsSpanElement(name);
        }
        return null;
    }

    private static bool StartsLine(string html, int index)
    {
        var lineStart = index == 0 ? 0 : html.LastIndexOf('\n', index - 1) + 1;
        return html.AsSpan(lineStart, index - lineStart).IsWhiteSpace();
    }

    /// <summary>The blocks of a piece of the raw block, from <paramref name="from"/> in its text on, read as Markdown.</summary>
    private static List<Block> Piece(HtmlBlock block, string html, int from, string piece, MarkdownDocument document, BodyContext context)
    {
        if (piece.Trim().Length == 0) return [];
        var start = from + piece.Length - piece.TrimStart('\n').Length;
        return Blocks(piece.Trim('\n'), block.Span.Start + start, document, context, block.Line + html.AsSpan(0, start).Count('\n'));
    }

    /// <summary>
    /// The blocks of a piece of the post's text read as Markdown apart from the rest, ready to go into the document:
    /// their lines count from <paramref name="firstLine"/>, for what reports them, and their math is the document's.
    /// When the piece is exactly the post's text at <paramref name="at"/> (not so under a quote's <c>&gt;</c>, or with
    /// CRLF line ends), their spans are moved there, so that stages that read the post's text by span (attribute
    /// lists, typography) read theirs.
    /// </summary>
    internal static List<Block> Blocks(string markdown, int at, MarkdownDocument document, BodyContext context, int firstLine)
    {
        var parsed = MarkdownSyntax.Parse(markdown, context.Typography, context.ParseBlockHtml, context.DollarMath);
        var inPost = at >= 0 && at + markdown.Length <= context.Markdown.Length && context.Markdown.AsSpan(at, markdown.Length).SequenceEqual(markdown);
        foreach (var node in parsed.Descendants())
        {
            node.Line += firstLine;
            if (inPost && !node.Span.IsEmpty) node.Span = new SourceSpan(node.Span.Start + at, node.Span.End + at);
        }
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

    /// <summary>The element's first end tag in the text, as kramdown looks for it; null if there is none.</summary>
    private static Match? EndTag(string text, string name) =>
        AnyEndTag().Matches(text).FirstOrDefault(end => end.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"<(?<name>[A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex StartTag();

    [GeneratedRegex("""\s+markdown\s*=\s*(?<quote>["']?)(?<value>[A-Za-z0-9]*)\k<quote>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownAttribute();

    [GeneratedRegex(@"^[ \t]+", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex LineIndent();

    [GeneratedRegex(@"</(?<name>[A-Za-z][A-Za-z0-9-]*)\s*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyEndTag();
}
