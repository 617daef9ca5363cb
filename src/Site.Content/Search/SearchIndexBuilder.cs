namespace Site.Content.Search;

/// <summary>
/// Builds a <see cref="SearchIndex"/> one post at a time: each word folded and stemmed once for the whole index (the
/// first time it is met), each post's terms written to their postings as compact gaps, counts and positions.
/// </summary>
internal sealed class SearchIndexBuilder
{
    /// <summary>Positions left between a post's fields, so that no phrase runs from its title into its body.</summary>
    public const int FieldGap = 8;

    /// <summary>Words of one field indexed; the rest of a very long post still shows, but adds nothing to the index.</summary>
    private const int MaxFieldWords = 100_000;

    private readonly List<Post> _posts = [];
    private readonly List<int>[] _lengths = [[], [], []];
    private readonly Dictionary<string, int> _termOfWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termOfAsciiWord;
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly List<List<byte>> _postings = [];
    private readonly List<int> _lastPost = [];
    private readonly List<int> _postFrequency = [];
    private readonly List<long> _occurrences = [];
    private readonly List<byte> _positions = [];

    public SearchIndexBuilder() => _termOfAsciiWord = _termOfWord.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Add(Post post)
    {
        var id = _posts.Count;
        _posts.Add(post);
        _occurrences.Clear();
        var position = 0;
        _lengths[(int)SearchField.Title].Add(AddText(post.Title, ref position));
        position += FieldGap;
        var metaStart = position;
        var meta = AddText(string.Join(' ', post.Categories.Concat(post.Tags).Select(term => term.Name)), ref position);
        meta += AddText(post.Summary, ref position);
        _lengths[(int)SearchField.Meta].Add(meta);
        position += FieldGap;
        var bodyStart = position;
        _lengths[(int)SearchField.Body].Add(AddText(HtmlText.Of(post.Body.Written), ref position));
        _occurrences.Sort();

        Span<int> counts = stackalloc int[3];
        for (var at = 0; at < _occurrences.Count;)
        {
            var term = (int)(_occurrences[at] >> 32);
            counts.Clear();
            _positions.Clear();
            var previous = 0;
            for (; at < _occurrences.Count && (int)(_occurrences[at] >> 32) == term; at++)
            {
                var at32 = (int)_occurrences[at];
                counts[at32 < metaStart ? 0 : at32 < bodyStart ? 1 : 2]++;
                VarInt.Write(_positions, at32 - previous);
                previous = at32;
            }
            var postings = _postings[term];
            VarInt.Write(postings, id - _lastPost[term]);
            VarInt.Write(postings, counts[0]);
            VarInt.Write(postings, counts[1]);
            VarInt.Write(postings, counts[2]);
            VarInt.Write(postings, _positions.Count);
            postings.AddRange(_positions);
            _lastPost[term] = id;
            _postFrequency[term]++;
        }
    }

    public SearchIndex Build()
    {
        var words = _termOfWord.Keys.Order(StringComparer.Ordinal).ToArray();
        return new SearchIndex(
            [.. _posts],
            [.. _lengths.Select(lengths => lengths.ToArray())],
            _terms,
            [.. _postings.Select(postings => postings.ToArray())],
            [.. _postFrequency],
            words,
            [.. words.Select(word => _termOfWord[word])]);
    }

    /// <summary>Adds the words of <paramref name="text"/> at the positions from <paramref name="position"/> on; gives their number.</summary>
    private int AddText(string text, ref int position)
    {
        var count = 0;
        foreach (var range in WordSpans.Of(text))
        {
            if (count == MaxFieldWords) break;
            _occurrences.Add(((long)TermOf(text.AsSpan(range)) << 32) | (uint)position);
            position++;
            count++;
        }
        return count;
    }

    private int TermOf(ReadOnlySpan<char> word)
    {
        if (word.Length <= WordFolding.MaxWordLength && IsAscii(word))
        {
            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            if (_termOfAsciiWord.TryGetValue(lower, out var known)) return known;
        }
        var folded = WordFolding.Fold(word);
        if (_termOfWord.TryGetValue(folded, out var term)) return term;

        var stem = PorterStemmer.Stem(folded);
        if (!_terms.TryGetValue(stem, out term))
        {
            term = _terms.Count;
            _terms.Add(stem, term);
            _postings.Add([]);
            _lastPost.Add(0);
            _postFrequency.Add(0);
        }
        _termOfWord.Add(folded, term);
        return term;
    }

    private static bool IsAscii(ReadOnlySpan<char> word)
    {
        foreach (var character in word)
        {
            if (!char.IsAsciiLetterOrDigit(character)) return false;
        }
        return true;
    }
}

/// <summary>The parts of a post the index weighs apart: its title above the rest.</summary>
internal enum SearchField
{
    Title,

    /// <summary>Categories, tags and summary.</summary>
    Meta,

    Body,
}
