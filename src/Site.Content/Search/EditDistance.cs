namespace Site.Content.Search;

/// <summary>
/// How many single-letter edits (deletion, insertion, substitution, or a swap of neighbours) turn one word into another:
/// the optimal string alignment distance, computed only as far as a bound.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or -1 when it is more than <paramref name="most"/>.</summary>
    public static int Within(string a, string b, int most)
    {
        if (Math.Abs(a.Length - b.Length) > most) return -1;
        if (a.Length > WordFolding.MaxWordLength || b.Length > WordFolding.MaxWordLength) return -1;
        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, before[j - 2] + 1);
                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }
            if (rowBest > most) return -1;
            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length] <= most ? previous[b.Length] : -1;
    }
}
