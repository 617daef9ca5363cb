using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Content.Search;

namespace Site.Content.Rendering;

/// <summary>
/// What a parsed body says as plain text: its first paragraph, the summary its author marked, its length in words. Math
/// in a paragraph is its TeX, as written: plain text has no better form of it, and a reader of TeX can read it there.
/// Display math is no paragraph, and no part of a summary.
/// </summary>
public static partial class BodyText
{
    public static int WordCount(MarkdownDocument document) =>
        document.Descendants<LiteralInline>().Sum(literal => CountWords(literal.Content.AsSpan())) +
        document.Descendants<CodeInline>().Sum(code => CountWords(code.Content)) +
        MathSyntax.In(document).Sum(math => CountWords(math.Tex));

    /// <summary>The words of an HTML body, as a reader sees its text.</summary>
    public static int HtmlWordCount(string html) => CountWords(HtmlText.Of(html));

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
    public static string FirstParagraph(MarkdownDocument document)
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
    /// <param name="markdown">The text <paramref name="document"/> was parsed from.</param>
    /// <param name="separator">
    /// The separator; a paragraph break (<c>"\n\n"</c>, Jekyll's own default, which its themes write out) marks the
    /// whole first paragraph, and an empty one (Jekyll's way to turn excerpts off) marks nothing.
    /// </param>
    /// <param name="firstParagraph">The text of the body's first paragraph.</param>
    public static string? MarkedExcerpt(MarkdownDocument document, string markdown, string separator, string firstParagraph)
    {
        if (separator.Length == 0) return null;
        if (string.IsNullOrWhiteSpace(separator)) return firstParagraph.Length > 0 ? firstParagraph : null;
        var at = markdown.IndexOf(separator, StringComparison.Ordinal);
        if (at < 0) return null;
        var inCode = MarkdownSyntax.InCode(document);
        while (at >= 0 && inCode(at))
            at = markdown.IndexOf(separator, at + 1, StringComparison.Ordinal);
        if (at < 0) return null;

        // Raw HTML before the separator is part of the summary the author marked: its text, as a reader sees it.
        var text = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>().Where(block => block.Span.Start < at && !InFootnote(block)))
        {
            if (block is ParagraphBlock { Inline: { } inline }) AppendText(inline, text, at, separator);
            else if (block is HtmlBlock) text.Append(HtmlText.Of(markdown[block.Span.Start..Math.Min(block.Span.End + 1, at)]));
            else continue;
            text.Append(' ');
        }
        return Collapse(text) is { Length: > 0 } collapsed ? collapsed : null;
    }

    /// <summary>
    /// The plain text of an HTML body's first paragraph that has any: its text up to the first blank line (Jekyll's own
    /// paragraph break) or <c>&lt;/p&gt;</c> after which there is text. Read from the body's start each time, so that
    /// a break inside a comment or a <c>&lt;script&gt;</c> is not taken for one between paragraphs.
    /// </summary>
    public static string FirstHtmlParagraph(string html)
    {
        // The next </p> and blank line are looked for again only once passed: many empty paragraphs cost one scan.
        var (closing, blank) = (-1, -1);
        var start = 0;
        while (start < html.Length)
        {
            if (closing != html.Length && closing < start)
                closing = html.IndexOf("</p>", start, StringComparison.OrdinalIgnoreCase) is var at and >= 0 ? at + 4 : html.Length;
            if (blank != html.Length && blank <= start)
                blank = BlankLine().Match(html, start) is { Success: true } match ? match.Index + match.Length : html.Length;
            var end = Math.Max(Math.Min(closing, blank), start + 1);
            if (Summary.Collapse(HtmlText.Of(html[start..end])).Length > 0 && Summary.Collapse(HtmlText.Of(html[..end])) is { Length: > 0 } text) return text;
            start = end;
        }
        return "";
    }

    [GeneratedRegex(@"\n[ \t]*\r?\n", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLine();

    private static string Collapse(StringBuilder text) => Summary.Collapse(text.ToString());

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
    /// Text between a raw start tag of <see cref="NotProse"/> (<c>&lt;script&gt;</c>) and its end tag is no prose: it is left out.
    /// </summary>
    private static void AppendText(ContainerInline container, StringBuilder text, int end, string? separator)
    {
        string? hiddenUntil = null;
        Append(container);

        void Append(ContainerInline inlines)
        {
            foreach (var inline in inlines)
            {
                if (inline.Span.Start >= end) return;
                if (inline is HtmlInline html)
                {
                    hiddenUntil = hiddenUntil is null ? HiddenContentEnd(html.Tag)
                        : html.Tag.StartsWith(hiddenUntil, StringComparison.OrdinalIgnoreCase) ? null : hiddenUntil;
                    continue;
                }
                if (hiddenUntil is not null) continue;
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
                    case InlineMath math: text.Append(math.Tex); break;
                    case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                    case Markdig.Extensions.SmartyPants.SmartyPant pant: text.Append(Typography.CharacterOf(pant)); break;
                    case LineBreakInline: text.Append(' '); break;
                    case ContainerInline child: Append(child); break;
                }
            }
        }
    }

    /// <summary>The end tag that closes what <paramref name="tag"/> opens when that is no prose (<c>&lt;/script</c>), else null.</summary>
    private static string? HiddenContentEnd(string tag)
    {
        foreach (var name in NotProse.Elements)
        {
            if (tag.Length > name.Length + 1 && tag[0] == '<' && tag.AsSpan(1, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && !char.IsAsciiLetterOrDigit(tag[name.Length + 1]) && !tag.EndsWith("/>", StringComparison.Ordinal))
                return "</" + name;
        }
        return null;
    }
}
