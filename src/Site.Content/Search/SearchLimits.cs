namespace Site.Content.Search;

/// <summary>
/// How much one query may ask of the index, so that a hostile one (10 KB of text, thousands of words, every word a
/// prefix) costs no more than an ordinary one: the text is cut, the words counted, and each word's prefix or typo
/// variants capped, keeping the most frequent.
/// </summary>
public sealed class SearchLimits
{
    /// <summary>Characters of a query read; the rest is ignored. A remembered phrase fits many times over.</summary>
    public int MaxQueryLength { get; init; } = 200;

    /// <summary>Distinct words of a query searched; the rest are ignored. At most <see cref="MostWords"/>.</summary>
    public int MaxWords { get; init; } = 10;

    /// <summary>The index marks which words of a query a post holds in the bits of one number.</summary>
    public const int MostWords = 31;

    /// <summary>What is wrong with these limits, by property name; none when they can be used.</summary>
    public IEnumerable<string> Problems()
    {
        if (MaxQueryLength < 1) yield return $"{nameof(MaxQueryLength)} must be at least 1";
        if (MaxWords is < 1 or > MostWords) yield return $"{nameof(MaxWords)} must be from 1 to {MostWords}";
        if (MaxVariants < 0) yield return $"{nameof(MaxVariants)} must not be negative";
        if (MaxResults < 1) yield return $"{nameof(MaxResults)} must be at least 1";
    }

    /// <summary>Variants of one word searched for its prefix or a typo: the most frequent in the index.</summary>
    public int MaxVariants { get; init; } = 16;

    /// <summary>Results ranked and paged: past these, a reader rewrites the query rather than reads on.</summary>
    public int MaxResults { get; init; } = 500;
}
