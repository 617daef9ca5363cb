namespace Site.Content.Reading;

/// <summary>Finds the known front-matter field an unknown one was probably meant to be (<c>catgory</c>, <c>publised</c>).</summary>
public static class FieldNames
{
    public static string? LikelyTypoOf(string field)
    {
        var lower = field.ToLowerInvariant();
        if (lower != field && FrontMatter.KnownFields.Contains(lower)) return lower;
        var allowed = field.Length <= 4 ? 1 : 2;
        return FrontMatter.KnownFields
            .Select(known => (known, distance: EditDistance(lower, known)))
            .Where(candidate => candidate.distance <= allowed)
            .OrderBy(candidate => candidate.distance)
            .Select(candidate => candidate.known)
            .FirstOrDefault();
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn one word into the other.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
