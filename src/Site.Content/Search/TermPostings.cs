namespace Site.Content.Search;

/// <summary>
/// One term's postings as <see cref="PostingWriter"/> wrote them, with a skip point every <see cref="SkipInterval"/>
/// posts: where that stretch starts in the bytes and the post before it. Finding the few posts shown on a page of
/// results, or the posts that may hold a phrase, then reads a stretch or two instead of every post that has the term.
/// </summary>
internal sealed class TermPostings(byte[] bytes, int[] skipPosts, int[] skipOffsets)
{
    public const int SkipInterval = 16;

    public byte[] Bytes { get; } = bytes;

    /// <summary>How many posts have the term.</summary>
    public int Count { get; init; }

    /// <summary>For each skip point, the post of the last posting before it (0 before the first).</summary>
    public int[] SkipPosts { get; } = skipPosts;

    /// <summary>For each skip point, where its first posting starts in <see cref="Bytes"/>.</summary>
    public int[] SkipOffsets { get; } = skipOffsets;

    public PostingCursor Cursor() => new(this);

    /// <summary>
    /// Adds <paramref name="scale"/> times the term's impact to the score of every post that has it, and
    /// <paramref name="bit"/> to its mask: the one loop over every posting of a query's terms, so it reads the bytes
    /// itself, positions skipped unread.
    /// </summary>
    public void Score(double scale, int bit, double[] scores, int[] masks)
    {
        var bytes = Bytes;
        var post = 0;
        for (var at = 0; at < bytes.Length;)
        {
            post += VarInt.Read(bytes, ref at);
            scores[post] += scale * bytes[at++];
            masks[post] |= bit;
            var positions = VarInt.Read(bytes, ref at);
            at += positions;
        }
    }
}
