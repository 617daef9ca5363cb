using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's attribute lists, applied to the element they stand by and removed from the text: a block list
/// (<c>{: .lead}</c> on its own line) applies to the block just above it, or just below it when that one stands
/// apart; a span list (<c>[link](url){: .button}</c>) to the element just before it, and one after plain text to nothing; a definition
/// (<c>{:wide: .full-width}</c>) lends its attributes to the lists that name it. <c>{:toc}</c> marks the list it
/// follows to become the table of contents (<see cref="TableOfContents"/>). Markdig keeps an attribute-list line that
/// follows a paragraph, list or quote inside it; one that is not indented, after a list or a quote, applies to the
/// list or the quote, as in kramdown.
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
        if (Enumerable.Range(0, lines.Count).All(IsList))
        {
            var index = container.IndexOf(paragraph);
            var extent = Extent(paragraph);
            Block? target = index > 0 && Adjacent(markdown, container[index - 1].Span.End, extent.Start) ? container[index - 1]
                : index + 1 < container.Count && Adjacent(markdown, extent.End, container[index + 1].Span.Start) ? container[index + 1]
                : null;
            if (target is not null)
            {
                foreach (var match in lists) Apply(Read(match, definitions), target);
            }
            container.Remove(paragraph);
            return;
        }

        var first = Enumerable.Range(0, lines.Count).First(i => !IsList(i));
        var last = Enumerable.Range(0, lines.Count).Last(i => !IsList(i));
        var before = lists.Take(first).ToList();
        var after = lists.Skip(last + 1).ToList();
        RemoveInlines(paragraph, lines[first].Start, lines[last].End);
        foreach (var match in before) Apply(Read(match, definitions), paragraph);
        // A list line after lazy continuation, not indented, belongs to the list or quote the paragraph is in.
        Block owner = after.Count > 0 && lines[last + 1].AtLineStart && paragraph.Parent is not MarkdownDocument ? TopLevel(paragraph) : paragraph;
        foreach (var match in after) Apply(Read(match, definitions), owner);
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
            if (at > from) SplitBefore(literal, at);
            else if (literal.PreviousSibling is { } target and not LiteralInline and not LineBreakInline) Apply(Read(match, definitions), target);

            var end = at + match.Length;
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
