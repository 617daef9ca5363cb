using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's attribute lists, applied to the element they stand by and removed from the text: a block list
/// (<c>{: .lead}</c> on its own line) applies to the block just above it (raw HTML too: its start tag takes it), or
/// just below it when that one stands apart; a span list (<c>[link](url){: .button}</c>) to the element just before
/// it, one that opens a list item's text to the item, and one after plain text to nothing; a definition
/// (<c>{:wide: .full-width}</c>) lends its attributes to the lists that name it. <c>{:toc}</c> marks the list it
/// follows to become the table of contents (<see cref="TableOfContents"/>). Markdig keeps an attribute-list line that
/// follows a paragraph, list or quote inside it; kramdown ends the paragraph there, so the lines after it are a
/// paragraph of their own, and one that is not indented, after a list or a quote, applies to the list or the quote.
/// </summary>
public sealed partial class KramdownAttributes : IDocumentStage
{
    /// <summary>Marks a list that <c>{:toc}</c> turned into the table of contents.</summary>
    public const string TocMark = "data-kramdown-toc";

    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        var markdown = context.Markdown;
        if (!markdown.Contains("{:", StringComparison.Ordinal)) return;

        var definitions = new Dictionary<string, AttributeList>(StringComparer.Ordinal);
        var paragraphs = document.Descendants<ParagraphBlock>().ToList();
        foreach (var paragraph in paragraphs) TakeDefinitions(paragraph, markdown, definitions);
        foreach (var paragraph in paragraphs.Where(p => p.Parent is not null)) ApplyBlockLists(paragraph, markdown, definitions);
        foreach (var literal in document.Descendants<LiteralInline>().ToList()) ApplySpanLists(literal, markdown, definitions);
        foreach (var html in document.Descendants<HtmlBlock>().Where(html => html.Type == HtmlBlockType.NonInterruptingBlock).ToList())
            ApplyUnderSpanLevelHtml(html, document, context, definitions);
    }

    /// <summary>
    /// kramdown reads a line that opens with a span-level tag (<c>&lt;img&gt;</c>, <c>&lt;a&gt;</c>) as a paragraph, so a
    /// list line under it applies to that paragraph (under another element, <c>&lt;video&gt;</c>, to the element), and
    /// the lines after the list are Markdown again (a figure's caption). CommonMark makes all of them an HTML block up to
    /// the next blank line, the list line inside it.
    /// </summary>
    private static void ApplyUnderSpanLevelHtml(HtmlBlock html, MarkdownDocument document, BodyContext context, IReadOnlyDictionary<string, AttributeList> definitions)
    {
        var lines = html.Lines.ToString().Split('\n');
        var first = Array.FindIndex(lines, line => AttributeList.OfLine(line) is not null);
        if (first <= 0) return;
        var last = first;
        while (last + 1 < lines.Length && AttributeList.OfLine(lines[last + 1]) is not null) last++;

        var above = string.Join('\n', lines[..first]);
        // An element kramdown keeps as a block of its own (video, picture, a custom element) takes the list itself.
        var target = HtmlStartTags.Of(above).FirstOrDefault() is { Name: { } name } && !HtmlContentModel.IsSpanElement(name) ? above : "<p>" + above + "</p>";
        foreach (var line in lines[first..(last + 1)]) target = RawHtmlStartTag.WithAttributes(target, Read(AttributeList.OfLine(line)!, definitions));
        html.Lines = new StringLineGroup(target);
        var rest = string.Join('\n', lines[(last + 1)..]);
        if (rest.Trim().Length == 0) return;
        var container = html.Parent!;
        var at = container.IndexOf(html);
        // Where the rest stands in the post's text, if the block's lines are the post's own.
        var restAt = html.Span.Start + lines[..(last + 1)].Sum(line => line.Length + 1);
        foreach (var block in MarkdownInHtml.Blocks(rest, restAt, document, context, html.Line + last + 1)) container.Insert(++at, block);
    }

    private static void TakeDefinitions(ParagraphBlock paragraph, string markdown, Dictionary<string, AttributeList> definitions)
    {
        var lines = Lines(markdown, Extent(paragraph));
        if (!lines.All(line => Definition().IsMatch(line.Text))) return;
        foreach (var line in lines)
        {
            var match = Definition().Match(line.Text);
            definitions[match.Groups["name"].Value] = AttributeList.Parse(match.Groups["inside"].Value);
        }
        paragraph.Parent!.Remove(paragraph);
    }

    private static void ApplyBlockLists(ParagraphBlock paragraph, string markdown, IReadOnlyDictionary<string, AttributeList> definitions)
    {
        var lines = Lines(markdown, Extent(paragraph));
        var lists = lines.Select(line => AttributeList.Pattern.Match(line.Text)).ToList();
        bool IsList(int i) => lists[i].Success && lists[i].Length == lines[i].Text.Length;
        if (!Enumerable.Range(0, lines.Count).Any(IsList)) return;

        var container = paragraph.Parent!;
        var above = BlockAbove(paragraph, markdown);
        if (Enumerable.Range(0, lines.Count).All(IsList))
        {
            var index = container.IndexOf(paragraph);
            var extent = Extent(paragraph);
            var target = above ?? (index + 1 < container.Count && Adjacent(markdown, extent.End, container[index + 1].Span.Start) ? container[index + 1] : null);
            if (target is not null)
            {
                foreach (var match in lists) Apply(Read(match, definitions), target);
            }
            container.Remove(paragraph);
            return;
        }

        // Lists before the text belong to the block they follow directly, else to this paragraph.
        var first = Enumerable.Range(0, lines.Count).First(i => !IsList(i));
        foreach (var match in lists.Take(first)) Apply(Read(match, definitions), above ?? paragraph);

        // kramdown ends a paragraph at a list line: the list applies to the text above it, the text below is a paragraph of its own.
        var current = paragraph;
        var start = first;
        var last = Enumerable.Range(0, lines.Count).Last(i => !IsList(i));
        // A list line after lazy continuation, not indented, ends the list or quote the paragraph is in, and applies to it.
        Block Owner(int textEnd, int listsEnd) =>
            listsEnd > textEnd && lines[textEnd + 1].AtLineStart && current.Parent is not MarkdownDocument ? TopLevel(current) : current;
        while (true)
        {
            var textEnd = start;
            while (textEnd < last && !IsList(textEnd + 1)) textEnd++;
            var listsEnd = textEnd;
            while (listsEnd + 1 < lines.Count && IsList(listsEnd + 1)) listsEnd++;
            var owner = Owner(textEnd, listsEnd);
            var rest = textEnd < last ? SplitOff(current, lines[textEnd].End, lines[listsEnd + 1].Start, owner) : null;
            if (textEnd < last && rest is null)
            {
                // An emphasis or a code span runs across the list: the text stays one paragraph, and the lists in it
                // are text that applies to nothing; those after the text still apply.
                (textEnd, listsEnd) = (last, lines.Count - 1);
                owner = Owner(textEnd, listsEnd);
            }
            RemoveInlines(current, lines[start].Start, lines[textEnd].End);
            foreach (var match in lists.Skip(textEnd + 1).Take(listsEnd - textEnd)) Apply(Read(match, definitions), owner);
            if (rest is null) return;
            current = rest;
            start = listsEnd + 1;
        }
    }

    /// <summary>The block just above the paragraph, with no blank line between them; null if there is none.</summary>
    private static Block? BlockAbove(ParagraphBlock paragraph, string markdown)
    {
        var container = paragraph.Parent!;
        var index = container.IndexOf(paragraph);
        return index > 0 && Adjacent(markdown, container[index - 1].Span.End, Extent(paragraph).Start) ? container[index - 1] : null;
    }

    /// <summary>
    /// Moves the paragraph's inlines from <paramref name="restStart"/> on into a paragraph of their own, placed just
    /// after <paramref name="after"/>, and leaves out those between <paramref name="keepTo"/> and it (the lists' text).
    /// Null, and nothing changed, when an inline runs across the cut.
    /// </summary>
    private static ParagraphBlock? SplitOff(ParagraphBlock paragraph, int keepTo, int restStart, Block after)
    {
        var inlines = paragraph.Inline!.ToList();
        bool Kept(Inline inline) => inline.Span.End <= keepTo + 1;
        bool Moved(Inline inline) => inline.Span.Start >= restStart;
        bool Between(Inline inline) => inline.Span.Start > keepTo && inline.Span.End < restStart;
        if (!inlines.All(inline => Kept(inline) || Moved(inline) || Between(inline))) return null;

        var moved = inlines.Where(inline => !Kept(inline) && Moved(inline)).ToList();
        if (moved.Count == 0) return null;
        var rest = new ParagraphBlock(paragraph.Parser)
        {
            Span = new SourceSpan(moved[0].Span.Start, paragraph.Span.End), Line = moved[0].Line, Column = moved[0].Column,
        };
        rest.Inline = new ContainerInline();
        foreach (var inline in inlines.Where(inline => !Kept(inline)))
        {
            inline.Remove();
            if (Moved(inline)) rest.Inline.AppendChild(inline);
        }
        var parent = after.Parent!;
        // The paragraph, and the list or quote it leaves when the rest goes after that, end where the text they keep does.
        for (Block? block = paragraph; block is not null && block != parent; block = block.Parent)
            block.Span = new SourceSpan(block.Span.Start, Math.Min(block.Span.End, keepTo));
        parent.Insert(parent.IndexOf(after) + 1, rest);
        return rest;
    }

    /// <summary>
    /// Applies each span list in the literal's text to the element it follows directly, and takes it out of the text;
    /// one after plain text or a space (<c>Paragraph.{:.nope}</c>, <c>*a* {: .x}</c>) follows no element: kramdown
    /// applies it to nothing, and it leaves the text all the same.
    /// </summary>
    private static void ApplySpanLists(LiteralInline literal, string markdown, IReadOnlyDictionary<string, AttributeList> definitions)
    {
        while (literal.Parent is not null && literal.Span.Start >= 0 && literal.Span.End < markdown.Length && literal.Span.Start <= literal.Span.End)
        {
            var from = literal.Span.Start;
            var at = markdown.IndexOf("{:", from, literal.Span.End - from + 1, StringComparison.Ordinal);
            if (at < 0) return;
            var match = AttributeList.Pattern.Match(markdown, at, Math.Min(markdown.Length - at, 2000));
            if (!match.Success || match.Index != at)
            {
                if (!Rest(literal, at + 2)) return;
                continue;
            }
            var end = at + match.Length;
            if (at > from) SplitBefore(literal, at);
            else if (literal.PreviousSibling is { } target and not LiteralInline and not LineBreakInline) Apply(Read(match, definitions), target);
            else if (ItemOpenedBy(literal) is { } item)
            {
                Apply(Read(match, definitions), item);
                while (end < markdown.Length && markdown[end] is ' ' or '\t') end++;
            }

            LiteralInline? rest = null;
            for (Inline? inline = literal; inline is not null && inline.Span.Start < end;)
            {
                var next = inline.NextSibling;
                if (inline.Span.End < end) inline.Remove();
                else if (inline is LiteralInline tail && Rest(tail, end)) rest = tail;
                inline = next;
            }
            if (rest is null) return;
            literal = rest;
        }
    }

    /// <summary>The list item whose text the literal opens (<c>* {:.done} Write the post</c>): kramdown gives such a list to the item.</summary>
    private static ListItemBlock? ItemOpenedBy(LiteralInline literal) =>
        literal.PreviousSibling is null && literal.Parent is { ParentBlock: ParagraphBlock paragraph } && paragraph.Parent is ListItemBlock item
        && item.IndexOf(paragraph) == 0 && literal.Span.Start == paragraph.Span.Start ? item : null;

    /// <summary>Moves the text before <paramref name="at"/> out of the literal, into a literal of its own just before it.</summary>
    private static void SplitBefore(LiteralInline literal, int at)
    {
        var content = literal.Content;
        var split = ContentIndex(literal, at);
        literal.InsertBefore(new LiteralInline(new StringSlice(content.Text, content.Start, split - 1))
        {
            Span = new SourceSpan(literal.Span.Start, at - 1), Line = literal.Line, Column = literal.Column,
        });
        Rest(literal, at);
    }

    /// <summary>Leaves the literal only its text from <paramref name="at"/> on; false if nothing is left of it.</summary>
    private static bool Rest(LiteralInline literal, int at)
    {
        if (at > literal.Span.End) return false;
        var content = literal.Content;
        content.Start = ContentIndex(literal, at);
        literal.Content = content;
        literal.Column += at - literal.Span.Start;
        literal.Span = new SourceSpan(at, literal.Span.End);
        return true;
    }

    /// <summary>
    /// Where a position of the post's text is in the literal's text: the same distance from its start, unless escapes
    /// made the literal shorter than what was written; then the same distance from its end.
    /// </summary>
    private static int ContentIndex(LiteralInline literal, int at) =>
        literal.Content.Length == literal.Span.Length ? literal.Content.Start + at - literal.Span.Start : literal.Content.End - (literal.Span.End - at);

    private static AttributeList Read(Match match, IReadOnlyDictionary<string, AttributeList> definitions) =>
        AttributeList.Parse(match.Groups["inside"].Value).With(definitions);

    private static void Apply(AttributeList list, Block target)
    {
        // Raw HTML from the post's text (not kramdown's nomarkdown, nor a tag split off for markdown="1"): its start tag takes the list.
        if (target is HtmlBlock { Parser: not null } html)
        {
            html.Lines = new StringLineGroup(RawHtmlStartTag.WithAttributes(html.Lines.ToString(), list));
            return;
        }
        list.ApplyTo(target);
        if (list.References.Contains("toc") && target is ListBlock) target.GetAttributes().AddPropertyIfNotExist(TocMark, "");
    }

    private static void Apply(AttributeList list, Inline target) => list.ApplyTo(target);

    /// <summary>
    /// Where a paragraph's text really is: a table that interrupts a paragraph leaves the paragraph's span running over
    /// the table's lines, but not its inlines.
    /// </summary>
    private static SourceSpan Extent(ParagraphBlock paragraph)
    {
        var end = paragraph.Inline is { } inlines ? inlines.Descendants<Inline>().Select(inline => inline.Span.End).DefaultIfEmpty(paragraph.Span.End).Max() : paragraph.Span.End;
        return end >= paragraph.Span.Start ? new SourceSpan(paragraph.Span.Start, Math.Min(end, paragraph.Span.End)) : paragraph.Span;
    }

    /// <summary>Removes the paragraph's inlines outside the source range, and the line break that joined them to it.</summary>
    private static void RemoveInlines(ParagraphBlock paragraph, int keepFrom, int keepTo)
    {
        var inlines = paragraph.Inline!;
        foreach (var inline in inlines.ToList())
        {
            if (inline.Span.End < keepFrom || inline.Span.Start > keepTo) inline.Remove();
        }
        if (inlines.FirstChild is LineBreakInline leading) leading.Remove();
        if (inlines.LastChild is LineBreakInline trailing) trailing.Remove();
    }

    private static Block TopLevel(Block block)
    {
        while (block.Parent is { } parent and not MarkdownDocument) block = parent;
        return block;
    }

    /// <summary>
    /// Whether two blocks stand on consecutive lines: no blank line between them. (A table that interrupts a paragraph
    /// starts, for Markdig, where the paragraph did: overlapping blocks are adjacent.)
    /// </summary>
    private static bool Adjacent(string markdown, int end, int start)
    {
        if (start > markdown.Length) return false;
        if (end >= start) return true;
        var between = markdown.AsSpan(end + 1, start - end - 1);
        return between.Count('\n') <= 1 && between.Trim(" \t>\n").IsEmpty;
    }

    /// <summary>A line of a block's source: its text without container markers (<c>&gt;</c>, indentation), where it is, and whether it starts the physical line.</summary>
    private sealed record SourceLine(string Text, int Start, int End, bool AtLineStart);

    private static List<SourceLine> Lines(string markdown, SourceSpan span)
    {
        var lines = new List<SourceLine>();
        var position = span.Start;
        while (position <= span.End && position < markdown.Length)
        {
            var lineEnd = markdown.IndexOf('\n', position);
            if (lineEnd < 0 || lineEnd > span.End + 1) lineEnd = Math.Min(span.End + 1, markdown.Length);
            var raw = markdown[position..lineEnd];
            var atLineStart = position == 0 || markdown[position - 1] == '\n';
            lines.Add(new SourceLine(raw.TrimStart(' ', '\t', '>').TrimEnd(), position, lineEnd - 1, atLineStart && raw.StartsWith("{:", StringComparison.Ordinal)));
            position = lineEnd + 1;
        }
        return lines;
    }

    [GeneratedRegex(@"^\s*\{:(?<name>[A-Za-z][A-Za-z0-9_-]*):\s(?<inside>[^}\n]*)\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Definition();
}
