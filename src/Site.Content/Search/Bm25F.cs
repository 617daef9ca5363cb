namespace Site.Content.Search;

/// <summary>
/// BM25F, BM25 over fields: a term's count in each field weighted (the title's as four body words, the categories',
/// tags' and summary's as two), each field's count normalised by its length against the average, then saturated.
/// Everything but the term's rarity is known when the index is built, so each posting keeps its part as one byte
/// (<see cref="Impact"/>), the way Lucene keeps its norms, and a query only multiplies.
/// </summary>
internal sealed class Bm25F
{
    // BM25's usual constants.
    private const double K1 = 1.2;
    private const double B = 0.75;
    private static readonly double[] FieldWeights = [4.0, 2.0, 1.0];

    private readonly double[][] _norms;

    /// <param name="fieldLengths">For each field, each post's length in words.</param>
    public Bm25F(int[][] fieldLengths) => _norms = [.. fieldLengths.Select(Norms)];

    /// <summary>
    /// A post's saturated frequency of a term, tf / (k1 + tf) with tf summed over the weighted fields, in 255ths: never
    /// 0 for a post that has the term.
    /// </summary>
    public byte Impact(int post, ReadOnlySpan<int> counts)
    {
        var tf = 0.0;
        for (var field = 0; field < counts.Length; field++) tf += FieldWeights[field] * counts[field] / _norms[field][post];
        return (byte)Math.Clamp(Math.Round(255 * tf / (K1 + tf)), 1, 255);
    }

    /// <summary>What a term's impacts are multiplied by: its rarity among <paramref name="posts"/> posts, and the scale of the bytes.</summary>
    public static double ImpactScale(int postsWithTerm, int posts) =>
        Math.Log(1 + (posts - postsWithTerm + 0.5) / (postsWithTerm + 0.5)) * (K1 + 1) / 255;

    /// <summary>BM25's length normalisation of each post's field: 1 - b + b * length / average length.</summary>
    private static double[] Norms(int[] lengths)
    {
        var average = lengths.Length == 0 ? 1 : Math.Max(1, lengths.Average());
        return [.. lengths.Select(length => 1 - B + B * length / average)];
    }
}
