namespace Site.Content.Search;

/// <summary>
/// One term's postings as they are written: for each post that has it, in order, the gap from the previous post, the
/// term's count in the title, the meta fields and the body, the length in bytes of its positions, and the positions
/// (gaps again), every number a <see cref="VarInt"/>. Also a post's positions alone, before they are added.
/// </summary>
internal sealed class PostingWriter
{
    private byte[] _bytes = new byte[16];
    private int _lastPost;

    public int Length { get; private set; }

    /// <summary>How many posts have the term.</summary>
    public int Posts { get; private set; }

    public void Write(int value)
    {
        if (_bytes.Length - Length < 5) Array.Resize(ref _bytes, _bytes.Length * 2);
        Length = VarInt.Write(_bytes, Length, value);
    }

    public void Add(int post, ReadOnlySpan<int> counts, PostingWriter positions)
    {
        Write(post - _lastPost);
        foreach (var count in counts) Write(count);
        Write(positions.Length);
        if (_bytes.Length - Length < positions.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + positions.Length));
        positions._bytes.AsSpan(0, positions.Length).CopyTo(_bytes.AsSpan(Length));
        Length += positions.Length;
        _lastPost = post;
        Posts++;
    }

    public void Clear() => Length = 0;

    public byte[] ToArray() => _bytes[..Length];
}
