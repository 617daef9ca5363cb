using System.Buffers;
using System.Net;
using Site.Content.Rendering;

namespace Site.Content.Search;

/// <summary>
/// The text a reader sees in a body's HTML: tags and comments dropped, entities decoded, what sits in elements that are
/// no prose (<see cref="NotProse"/>: <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c>, <c>&lt;noscript&gt;</c>...) left out. A tag that starts a block (a paragraph, a list item, a
/// cell) parts the words on each side; inline tags (links, emphasis) do not, so <c>com&lt;em&gt;munity&lt;/em&gt;</c>
/// stays one word.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InlineByName = Inline.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Of(string html) => Between(html, 0, int.MaxValue, out _);

    /// <summary>
    /// Part of the text: from a little before word <paramref name="first"/> (the start of its paragraph or inline
    /// run) to once <paramref name="end"/> words have started, so that it holds every word before the last in full. A
    /// snippet needs only its stretch, not the whole body made into text.
    /// </summary>
    /// <param name="skipped">How many words of the whole text come before the part given.</param>
    public static string Between(string html, int first, int end, out int skipped)
    {
        // Text is never longer than its HTML (entities and tags only shrink), so one pooled buffer of that length holds
        // it; dropping what is not needed is then free, and only the part given is a new string.
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        try
        {
            return Between(html, first, end, buffer, out skipped);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string Between(string html, int first, int end, char[] buffer, out int skipped)
    {
        var length = 0;
        void Append(ReadOnlySpan<char> piece)
        {
            piece.CopyTo(buffer.AsSpan(length));
            length += piece.Length;
        }

        var (counted, inWord) = (0, false);
        skipped = 0;
        var at = 0;
        while (at < html.Length && counted < end)
        {
            // Between words, before the first wanted has started: what was read so far is not needed.
            if (!inWord && counted <= first && length > 0)
            {
                length = 0;
                skipped = counted;
            }
            var open = html.IndexOf('<', at);
            if (open < 0) open = html.Length;
            var piece = Decoded(html.AsSpan(at, open - at));
            Append(piece);
            counted += WordSpans.Starts(piece, ref inWord);
            if (open == html.Length) break;

            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var commentEnd = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                at = commentEnd < 0 ? html.Length : commentEnd + 3;
                continue;
            }
            var close = html.IndexOf('>', open);
            if (close < 0) break;
            var name = TagName(html, open + 1, close);
            at = close + 1;
            if (html[open + 1] != '/' && HiddenNamed(name) is { } hidden)
            {
                var hiddenEnd = html.IndexOf("</" + hidden, at, StringComparison.OrdinalIgnoreCase);
                at = hiddenEnd < 0 ? html.Length : hiddenEnd;
                continue;
            }
            if (!InlineByName.Contains(name))
            {
                Append(" ");
                inWord = false;
            }
        }
        return new string(buffer, 0, length);
    }

    private static ReadOnlySpan<char> TagName(string html, int start, int end)
    {
        if (start < end && html[start] == '/') start++;
        var stop = start;
        while (stop < end && char.IsAsciiLetterOrDigit(html[stop])) stop++;
        return html.AsSpan(start, stop - start);
    }

    private static string? HiddenNamed(ReadOnlySpan<char> name)
    {
        foreach (var hidden in NotProse.Elements)
        {
            if (name.Equals(hidden, StringComparison.OrdinalIgnoreCase)) return hidden;
        }
        return null;
    }

    private static ReadOnlySpan<char> Decoded(ReadOnlySpan<char> segment) =>
        segment.Contains('&') ? WebUtility.HtmlDecode(segment.ToString()) : segment;
}
