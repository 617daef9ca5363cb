using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>The delimiters of math: kramdown's <c>$$</c>, and MathJax's <c>\(</c> (inline) and <c>\[</c> (display).</summary>
internal static class MathDelimiters
{
    /// <summary>The closing delimiter of the one opening at <paramref name="at"/>, and whether it is display math; null when none opens there.</summary>
    public static (string Closing, bool IsDisplay)? Closing(string text, int at, int end)
    {
        if (at + 1 > end) return null;
        return (text[at], text[at + 1]) switch
        {
            ('$', '$') => ("$$", false),
            ('\\', '(') => (@"\)", false),
            ('\\', '[') => (@"\]", true),
            _ => null,
        };
    }

    /// <summary>
    /// Where the first <paramref name="closing"/> at or after <paramref name="from"/> starts, ending by
    /// <paramref name="last"/>; -1 when there is none. The last answer for each delimiter is kept on the document, and
    /// holds for every later opening before it: so that many openings with no closing (hostile text) cost one scan of
    /// the text, not one each.
    /// </summary>
    public static int Find(MarkdownDocument document, string text, string closing, int from, int last)
    {
        if (document.GetData(SearchesKey) is not Dictionary<string, Search> searches) document.SetData(SearchesKey, searches = []);
        if (searches.TryGetValue(closing, out var known) && ReferenceEquals(known.Text, text) && known.Last == last
            && from >= known.From && (known.Found < 0 || from <= known.Found))
            return known.Found;

        var found = from + closing.Length - 1 <= last ? text.IndexOf(closing, from, last - from + 1, StringComparison.Ordinal) : -1;
        searches[closing] = new Search(text, from, last, found);
        return found;
    }

    private static readonly object SearchesKey = new();

    private sealed record Search(string Text, int From, int Last, int Found);
}
