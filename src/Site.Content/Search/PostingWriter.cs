namespace Site.Content.Search;

/// <summary>
/// One term's postings as they are written: for each post that has it, in order, the gap from the previous post, the
/// term's <see cref="Bm25F"/> impact in the post (one byte), the length in bytes of its positions, and the positions
/// (gaps again), every other number a <see cref="VarInt"/>; and the skip points of <see cref="TermPostings"/>. Also a post's
/// positions alone, before they are added.
/// </summary>
internal sealed class PostingWriter
{
    private byte[] _bytes = new byte[16];
    private int _lastPost;
    private readonly List<int> _skipPosts = [];
    private readonly List<int> _skipOffsets = [];

    public int Length { get; private set; }

    /// <summary>How many posts have the term.</summary>
    public int Posts { get; private set; }

    public void Write(int value)
    {
        MakeRoom(5);
        Length = VarInt.Write(_bytes, Length, value);
    }

    public void Add(int post, byte impact, PostingWriter positions)
    {
        if (Posts % TermPostings.SkipInterval == 0)
        {
            _skipPosts.Add(_lastPost);
            _skipOffsets.Add(Length);
        }
        Write(post - _lastPost);
        MakeRoom(1);
        _bytes[Length++] = impact;
        Write(positions.Length);
        MakeRoom(positions.Length);
        positions._bytes.AsSpan(0, positions.Length).CopyTo(_bytes.AsSpan(Length));
        Length += positions.Length;
        _lastPost = post;
        Posts++;
    }

    public void Clear() => Length = 0;

    private void MakeRoom(int bytes)
    {
        if (_bytes.Length - Length < bytes) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + bytes));
    }

    public TermPostings ToPostings() => new(_bytes[..Length], [.. _skipPosts], [.. _skipOffsets]) { Count = Posts };
}
