using System.Text;

namespace Site.Content.Search;

/// <summary>
/// A snippet of a body around its best match: the stretch of <see cref="Words"/> words that holds the most different
/// matched terms (then the most matches), from a little before the first, with every matched word marked. Without a
/// match (a post found by its title), the body's first words. Where the matches are comes from the index's positions:
/// no word is looked up again, and the body's words are counted only up to the end of the stretch.
/// </summary>
public static class Snippets
{
    public const int Words = 30;

    /// <summary>Words shown before the first match of the stretch, so that it does not open on the match.</summary>
    private const int Lead = 4;

    /// <param name="html">The body's HTML, whose text's words (<see cref="HtmlText"/>) the positions count.</param>
    /// <param name="matches">The matched words, in the order of the body.</param>
    public static IReadOnlyList<SnippetPart> Of(string html, IReadOnlyList<BodyMatch> matches)
    {
        var start = BestStart(matches);
        // The text of the stretch, up to one word past it and the start of another: the last one wanted is then whole.
        var text = HtmlText.Between(html, start, start + Words + 2, out var skipped);
        var words = WordSpans.Of(text).Skip(start - skipped).Take(Words + 1).ToList();
        if (words.Count == 0) return [];

        var shown = Math.Min(words.Count, Words);
        var marked = matches.Where(match => match.Word >= start && match.Word < start + shown).Select(match => match.Word - start).ToHashSet();
        var parts = new List<SnippetPart>();
        // Room for a whole snippet in one piece, so that each Clear keeps it rather than making another.
        var plain = new StringBuilder(start > 0 ? "… " : "", 512);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0) AppendCollapsed(plain, text.AsSpan(words[i - 1].End.Value, words[i].Start.Value - words[i - 1].End.Value));
            if (marked.Contains(i))
            {
                if (plain.Length > 0) parts.Add(new SnippetPart(plain.ToString(), false));
                plain.Clear();
                parts.Add(new SnippetPart(text[words[i]], true));
            }
            else plain.Append(text.AsSpan(words[i]));
        }
        if (words.Count > shown) plain.Append(" …");
        if (plain.Length > 0) parts.Add(new SnippetPart(plain.ToString(), false));
        return parts;
    }

    /// <summary>Where the best stretch starts: the window with the most different matched terms, then the most matches.</summary>
    private static int BestStart(IReadOnlyList<BodyMatch> matches)
    {
        var bestStart = 0;
        var best = (Distinct: 0, Count: 0);
        var terms = new HashSet<int>();
        for (var first = 0; first < matches.Count; first++)
        {
            terms.Clear();
            var count = 0;
            for (var i = first; i < matches.Count && matches[i].Word < matches[first].Word + Words - Lead; i++)
            {
                terms.Add(matches[i].Term);
                count++;
            }
            if (terms.Count > best.Distinct || terms.Count == best.Distinct && count > best.Count)
            {
                best = (terms.Count, count);
                bestStart = Math.Max(0, matches[first].Word - Lead);
            }
        }
        return bestStart;
    }

    /// <summary>What lies between two words, on one line: each run of spaces and line breaks is one space.</summary>
    private static void AppendCollapsed(StringBuilder plain, ReadOnlySpan<char> between)
    {
        foreach (var character in between)
        {
            if (!char.IsWhiteSpace(character)) plain.Append(character);
            else if (plain.Length == 0 || plain[^1] != ' ') plain.Append(' ');
        }
    }
}
