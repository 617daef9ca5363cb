using System.Text.RegularExpressions;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// A highlight tag as read: the language, the options after it (<c>linenos</c>, <c>mark_lines="1 2"</c>), and where it
/// stands in its text, which the fenced block it becomes must respect. The fence carries the line prefix of the line
/// the tag starts on (<see cref="Prefix"/>: <c>&gt; </c> in a blockquote, the indentation in a list item), or the block
/// leaves its blockquote or list. Whitespace control (<c>{%-</c>, <c>-%}</c>) on either tag trims what a fence needs
/// around it (its line breaks, its prefix): the whitespace it trimmed is given back, so the block is the one the tags
/// make without the dashes and the text around it stays.
/// </summary>
/// <param name="Prefix">What continues the tag's line on the lines after it: its <c>&gt;</c> markers and indentation, a list marker as spaces.</param>
/// <param name="MidLine">Whether text other than a line prefix comes before the tag on its line: the fence then starts on a line of its own.</param>
/// <param name="Before">The whitespace before the tag that its <c>{%-</c> trimmed.</param>
/// <param name="CodeLead">The whitespace at the start of the code that the tag's <c>-%}</c> trimmed.</param>
/// <param name="CodeTrail">The whitespace at the end of the code that <c>{%- endhighlight</c> trimmed.</param>
/// <param name="After">The whitespace after the block that <c>endhighlight -%}</c> trimmed.</param>
internal sealed partial record HighlightCall(
    string Language, string Options, string Prefix, bool MidLine, string Before, string CodeLead, string CodeTrail, string After)
{
    /// <summary>The tag <paramref name="tag"/> of <paramref name="text"/>, its arguments read as <paramref name="language"/> and <paramref name="options"/>.</summary>
    public static HighlightCall At(string text, TagSite tag, string language, string options)
    {
        var start = tag.Offset;
        var end = start + tag.Written.Length;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (lineStart > start) lineStart = start;
        var prefix = LinePrefix().Match(text, lineStart, start - lineStart);
        var continuation = prefix.Groups["quote"].Value + new string(' ', prefix.Groups["marker"].Length);
        var midLine = prefix.Length < start - lineStart;

        var closing = LiquidSource.EndHighlight().Match(text, end);
        return new HighlightCall(language, options, continuation, midLine,
            Before: TrimsLeft(text, start) ? WhitespaceBefore(text, start) : "",
            CodeLead: TrimsRight(text, end) ? WhitespaceAfter(text, end) : "",
            CodeTrail: closing.Success && TrimsLeft(text, closing.Index) ? WhitespaceBefore(text, closing.Index) : "",
            After: closing.Success && TrimsRight(text, closing.Index + closing.Length) ? WhitespaceAfter(text, closing.Index + closing.Length) : "");
    }

    private static bool TrimsLeft(string text, int tagStart) => tagStart + 2 < text.Length && text[tagStart + 2] == '-';

    private static bool TrimsRight(string text, int tagEnd) => tagEnd >= 3 && text[tagEnd - 3] == '-';

    private static string WhitespaceBefore(string text, int position)
    {
        var from = position;
        while (from > 0 && char.IsWhiteSpace(text[from - 1])) from--;
        return text[from..position];
    }

    private static string WhitespaceAfter(string text, int position)
    {
        var to = position;
        while (to < text.Length && char.IsWhiteSpace(text[to])) to++;
        return text[position..to];
    }

    /// <summary>A line's blockquote markers and indentation, then perhaps a list item's marker and the spaces after it.</summary>
    [GeneratedRegex(@"\G(?<quote>[ \t>]*)(?<marker>(?:[-*+]|[0-9]{1,9}[.)])[ \t]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex LinePrefix();
}
