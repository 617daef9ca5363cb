using System.Text;

namespace Site.Content.Search;

/// <summary>
/// A snippet of a body around its best match: the stretch of <see cref="Words"/> words that holds the most different
/// matched words (then the most matches), from a little before the first, with every matched word marked. Without a
/// match (a post found by its title), the body's first words.
/// </summary>
public static class Snippets
{
    public const int Words = 30;

    /// <summary>Words shown before the first match of the stretch, so that it does not open on the match.</summary>
    private const int Lead = 4;

    /// <summary>Characters of a body looked through: a snippet from past them is rarely worth the time a huge post would take.</summary>
    private const int MaxTextLength = 100_000;

    /// <param name="isMatch">Whether a word, as written, is one the query matched.</param>
    public static IReadOnlyList<SnippetPart> Of(string text, Func<string, bool> isMatch)
    {
        if (text.Length > MaxTextLength) text = text[..MaxTextLength];
        var words = WordSpans.Of(text).ToList();
        if (words.Count == 0) return [];
        var matches = words.Select(range => isMatch(text[range])).ToArray();
        var folded = words.Select((range, i) => matches[i] ? WordFolding.Fold(text.AsSpan(range)) : null).ToArray();

        var start = BestStart(matches, folded);
        var end = Math.Min(words.Count, start + Words);
        var parts = new List<SnippetPart>();
        var plain = new StringBuilder(start > 0 ? "… " : "");
        for (var i = start; i < end; i++)
        {
            if (i > start) plain.Append(Collapse(text[words[i - 1].End..words[i].Start]));
            if (matches[i])
            {
                if (plain.Length > 0) parts.Add(new SnippetPart(plain.ToString(), false));
                plain.Clear();
                parts.Add(new SnippetPart(text[words[i]], true));
            }
            else plain.Append(text[words[i]]);
        }
        if (end < words.Count) plain.Append(" …");
        if (plain.Length > 0) parts.Add(new SnippetPart(plain.ToString(), false));
        return parts;
    }

    /// <summary>Where the best stretch starts: the window with the most different matched words, then the most matches.</summary>
    private static int BestStart(bool[] matches, string?[] folded)
    {
        var bestStart = 0;
        var best = (Distinct: 0, Count: 0);
        for (var first = 0; first < matches.Length; first++)
        {
            if (!matches[first]) continue;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            for (var i = first; i < Math.Min(matches.Length, first + Words - Lead); i++)
            {
                if (!matches[i]) continue;
                seen.Add(folded[i]!);
                count++;
            }
            if (seen.Count > best.Distinct || seen.Count == best.Distinct && count > best.Count)
            {
                best = (seen.Count, count);
                bestStart = Math.Max(0, first - Lead);
            }
        }
        return bestStart;
    }

    /// <summary>What lies between two words, on one line: each run of spaces and line breaks is one space.</summary>
    private static string Collapse(string between)
    {
        var result = new StringBuilder(between.Length);
        foreach (var character in between)
        {
            if (!char.IsWhiteSpace(character)) result.Append(character);
            else if (result.Length == 0 || result[^1] != ' ') result.Append(' ');
        }
        return result.ToString();
    }
}
