namespace Site.Content.Search;

/// <summary>
/// Builds a <see cref="SearchIndex"/> in two passes. First, on every core, each post's words are found, folded and
/// numbered in the vocabulary of its share of the posts (the text work, most of the cost, needs nothing shared).
/// Then, in order, each distinct word is stemmed once to its term, and each post's terms are written to their postings
/// as compact gaps, their <see cref="Bm25F"/> impact and positions.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>Positions left between a post's fields, so that no phrase runs from its title into its body.</summary>
    public const int FieldGap = 8;

    /// <summary>Words of one field indexed; the rest of a very long post still shows, but adds nothing to the index.</summary>
    private const int MaxFieldWords = 100_000;

    /// <summary>A post's words, numbered in its share's vocabulary: its title's, then its categories', tags' and summary's, then its body's.</summary>
    private sealed record PostWords(int[] Words, int TitleCount, int MetaCount);

    /// <summary>Some posts' words, and the vocabulary their numbers stand for.</summary>
    private sealed record Share(PostWords[] Posts, List<string> Vocabulary);

    public static SearchIndex Build(IReadOnlyList<Post> posts)
    {
        var size = Math.Max(64, posts.Count / (Environment.ProcessorCount * 4) + 1);
        var shares = new Share[(posts.Count + size - 1) / size];
        Parallel.For(0, shares.Length, i => shares[i] = Read(posts, i * size, Math.Min(posts.Count, (i + 1) * size)));

        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var termOfWord = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<PostingWriter>();
        var read = shares.SelectMany(share => share.Posts).ToArray();
        int[][] lengths =
        [
            [.. read.Select(post => post.TitleCount)],
            [.. read.Select(post => post.MetaCount)],
            [.. read.Select(post => post.Words.Length - post.TitleCount - post.MetaCount)],
        ];
        var scoring = new Bm25F(lengths);
        var occurrences = new List<long>();
        var id = 0;
        foreach (var share in shares)
        {
            var toTerm = share.Vocabulary.Select(word => TermOf(word, terms, termOfWord, postings)).ToArray();
            foreach (var post in share.Posts)
            {
                occurrences.Clear();
                for (var i = 0; i < post.Words.Length; i++)
                {
                    var position = i + (i >= post.TitleCount ? FieldGap : 0) + (i >= post.TitleCount + post.MetaCount ? FieldGap : 0);
                    occurrences.Add(((long)toTerm[post.Words[i]] << 32) | (uint)position);
                }
                occurrences.Sort();
                Write(id, occurrences, post.TitleCount + FieldGap, post.TitleCount + post.MetaCount + 2 * FieldGap, scoring, postings);
                id++;
            }
        }

        var words = termOfWord.Keys.Order(StringComparer.Ordinal).ToArray();
        return new SearchIndex([.. posts], lengths, terms, [.. postings.Select(writer => writer.ToPostings())],
            words, [.. words.Select(word => termOfWord[word])]);
    }

    /// <summary>The words of posts <paramref name="from"/> to <paramref name="to"/>, folded and numbered.</summary>
    private static Share Read(IReadOnlyList<Post> posts, int from, int to)
    {
        var vocabulary = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var byLowerAscii = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        var read = new PostWords[to - from];
        var words = new List<int>();

        int Number(ReadOnlySpan<char> word)
        {
            if (word.Length <= WordFolding.MaxWordLength && IsAscii(word))
            {
                Span<char> lower = stackalloc char[word.Length];
                word.ToLowerInvariant(lower);
                if (byLowerAscii.TryGetValue(lower, out var known)) return known;
            }
            var folded = WordFolding.Fold(word);
            if (!numbers.TryGetValue(folded, out var number))
            {
                number = vocabulary.Count;
                vocabulary.Add(folded);
                numbers.Add(folded, number);
            }
            return number;
        }

        int Add(string text)
        {
            var count = 0;
            foreach (var range in WordSpans.Of(text))
            {
                if (count++ == MaxFieldWords) break;
                words.Add(Number(text.AsSpan(range)));
            }
            return Math.Min(count, MaxFieldWords);
        }

        for (var i = from; i < to; i++)
        {
            var post = posts[i];
            words.Clear();
            var title = Add(post.Title);
            var meta = Add(string.Join(' ', post.Categories.Concat(post.Tags).Select(term => term.Name))) + Add(post.Summary);
            Add(HtmlText.Of(post.Body.Written));
            read[i - from] = new PostWords([.. words], title, meta);
        }
        return new Share(read, vocabulary);
    }

    private static int TermOf(string word, Dictionary<string, int> terms, Dictionary<string, int> termOfWord, List<PostingWriter> postings)
    {
        if (termOfWord.TryGetValue(word, out var term)) return term;
        var stem = PorterStemmer.Stem(word);
        if (!terms.TryGetValue(stem, out term))
        {
            term = terms.Count;
            terms.Add(stem, term);
            postings.Add(new PostingWriter());
        }
        termOfWord.Add(word, term);
        return term;
    }

    /// <summary>Writes post <paramref name="id"/>'s sorted (term, position) pairs to the terms' postings.</summary>
    private static void Write(int id, List<long> occurrences, int metaStart, int bodyStart, Bm25F scoring, List<PostingWriter> postings)
    {
        Span<int> counts = stackalloc int[3];
        var positions = new PostingWriter();
        for (var at = 0; at < occurrences.Count;)
        {
            var term = (int)(occurrences[at] >> 32);
            counts.Clear();
            positions.Clear();
            var previous = 0;
            for (; at < occurrences.Count && (int)(occurrences[at] >> 32) == term; at++)
            {
                var position = (int)occurrences[at];
                counts[position < metaStart ? 0 : position < bodyStart ? 1 : 2]++;
                positions.Write(position - previous);
                previous = position;
            }
            postings[term].Add(id, scoring.Impact(id, counts), positions);
        }
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
