namespace Site.Content.Search;

/// <summary>
/// Reads one term's postings forward, straight to a post (<see cref="MoveTo"/>, over the skip points), decoding a
/// post's positions only when asked: for phrases and snippets. Ranking reads every posting in a loop of its own
/// (<see cref="TermPostings.Score"/>).
/// </summary>
internal sealed class PostingCursor(TermPostings postings)
{
    private readonly byte[] _bytes = postings.Bytes;
    private int _next;
    private int _read;
    private int _positionsAt;
    private int _positionsLength;

    /// <summary>The post read last; -1 before the first.</summary>
    public int Post { get; private set; } = -1;

    /// <summary>Reads the next post that has the term; false past the last.</summary>
    private bool Next()
    {
        if (_next >= _bytes.Length) return false;
        var at = _next;
        Post = Math.Max(Post, 0) + VarInt.Read(_bytes, ref at);
        at++; // the impact, which only ranking reads (TermPostings.Score)
        _positionsLength = VarInt.Read(_bytes, ref at);
        _positionsAt = at;
        _next = at + _positionsLength;
        _read++;
        return true;
    }

    /// <summary>Moves forward to <paramref name="post"/>, or the first post after it; true when the term is in <paramref name="post"/>.</summary>
    public bool MoveTo(int post)
    {
        if (Post >= post) return Post == post;
        var skipPosts = postings.SkipPosts;
        var following = _read / TermPostings.SkipInterval + 1;
        if (following < skipPosts.Length && skipPosts[following] < post)
        {
            // The last skip point after a post before the one wanted: every posting before it is of an earlier post.
            var skip = Array.BinarySearch(skipPosts, following, skipPosts.Length - following, post - 1);
            if (skip < 0) skip = ~skip - 1;
            _next = postings.SkipOffsets[skip];
            _read = skip * TermPostings.SkipInterval;
            Post = skipPosts[skip];
        }
        while (Next())
        {
            if (Post >= post) return Post == post;
        }
        return false;
    }

    /// <summary>The current post's positions, in order, into <paramref name="into"/> (cleared first).</summary>
    public void ReadPositions(List<int> into)
    {
        into.Clear();
        var at = _positionsAt;
        var position = 0;
        for (var end = _positionsAt + _positionsLength; at < end;) into.Add(position += VarInt.Read(_bytes, ref at));
    }

    /// <summary>
    /// Keeps those of <paramref name="starts"/> (in order) that the current post has the term <paramref name="offset"/>
    /// places after, reading its positions once and keeping none of them: a phrase's next word.
    /// </summary>
    public void KeepFollowed(List<int> starts, int offset)
    {
        var (kept, at, end) = (0, _positionsAt, _positionsAt + _positionsLength);
        var position = -1;
        for (var i = 0; i < starts.Count; i++)
        {
            var wanted = starts[i] + offset;
            while (position < wanted && at < end) position = Math.Max(position, 0) + VarInt.Read(_bytes, ref at);
            if (position == wanted) starts[kept++] = starts[i];
        }
        starts.RemoveRange(kept, starts.Count - kept);
    }
}
