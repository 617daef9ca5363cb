using System.Buffers;
using System.Numerics;

namespace Site.Content.Search;

/// <summary>
/// Full-text search over published posts and pages, built once with the catalog and never changed. Ranks by BM25F
/// (BM25 over fields, the title weighted above categories, tags and summary, and those above the body), words compared
/// folded (<see cref="WordFolding"/>) and stemmed (<see cref="PorterStemmer"/>); the last word of a query also matches
/// as the start of a longer one, a word of five letters or more with one typo matches the words it could have meant,
/// and <c>"quoted phrases"</c> match only as written. A post matching more of the query's words ranks above one
/// matching fewer. Posts that are not visible at the moment asked for are never returned, so one index serves every
/// catalog made as time passes.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>A prefix's or a typo's variants count for less than the word itself.</summary>
    private const double VariantWeight = 0.7;

    /// <summary>Typos are forgiven from this length on: in shorter words one letter makes another word.</summary>
    public const int MinTypoLength = 5;

    private readonly Post[] _posts;
    /// <summary>Each post's date in UTC ticks (the smallest for undated ones): ranking reads it for every match, and a
    /// contiguous array spares a trip to each post.</summary>
    private readonly long[] _visibleFrom;
    private readonly int[] _bodyStarts;
    private readonly Dictionary<string, int> _terms;
    private readonly TermPostings[] _postings;
    private readonly string[] _words;
    private readonly int[] _wordTerms;
    private readonly Dictionary<string, int> _wordIndex;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordIndexBySpan;
    private readonly char[] _alphabet;

    internal SearchIndex(Post[] posts, int[][] fieldLengths, Dictionary<string, int> terms, TermPostings[] postings,
        string[] words, int[] wordTerms)
    {
        _posts = posts;
        _visibleFrom = [.. posts.Select(post => post.Date?.UtcTicks ?? long.MinValue)];
        _bodyStarts = [.. posts.Select((_, post) => fieldLengths[0][post] + fieldLengths[1][post] + 2 * SearchIndexBuilder.FieldGap)];
        _terms = terms;
        _postings = postings;
        _words = words;
        _wordTerms = wordTerms;
        _wordIndex = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++) _wordIndex.Add(words[i], i);
        _wordIndexBySpan = _wordIndex.GetAlternateLookup<ReadOnlySpan<char>>();
        // The letters typos are tried with: those of the index's words, the commonest first, so that a corpus in many
        // scripts does not make every query try thousands of letters.
        _alphabet = [.. words.SelectMany(word => word).CountBy(letter => letter).OrderByDescending(pair => pair.Value).Take(64).Select(pair => pair.Key)];
    }

    /// <summary>An index of <paramref name="posts"/>, drafts left out.</summary>
    public static SearchIndex Build(IEnumerable<Post> posts) =>
        SearchIndexBuilder.Build([.. posts.Where(post => !post.IsDraft).Order(Post.ListingOrder)]);

    /// <summary>How many posts and pages the index holds, those not visible yet included.</summary>
    public int Count => _posts.Length;

    /// <summary>The results <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of a query, for posts visible at <paramref name="now"/>.</summary>
    public SearchResults Search(SearchQuery query, int skip, int take, DateTimeOffset now, SearchLimits limits)
    {
        if (query.IsEmpty) return SearchResults.None(query);
        var (ranked, total, matched) = Rank(query, Math.Min(skip + take, limits.MaxResults), now, limits);
        var shown = ranked.Skip(skip).ToList();
        var bodyMatches = BodyMatches([.. shown.Select(hit => hit.Post)], matched);
        var hits = shown.Select(hit => new SearchHit(_posts[hit.Post], hit.Score, Snippets.Of(_posts[hit.Post].Body.Written, bodyMatches[hit.Post]))).ToList();
        return new SearchResults(query, hits, total, total == 0 ? Suggest(query, now, limits) : null);
    }

    private (List<(int Post, double Score)> Ranked, int Total, HashSet<int> Matched) Rank(SearchQuery query, int keep, DateTimeOffset now, SearchLimits limits)
    {
        var count = _posts.Length;
        var scores = ArrayPool<double>.Shared.Rent(count);
        var masks = ArrayPool<int>.Shared.Rent(count);
        try
        {
            Array.Clear(scores, 0, count);
            Array.Clear(masks, 0, count);
            var matched = new HashSet<int>();
            for (var i = 0; i < query.Words.Count; i++)
            {
                foreach (var (term, weight) in Variants(query, i, limits))
                {
                    matched.Add(term);
                    Accumulate(term, weight, 1 << i, scores, masks);
                }
            }
            foreach (var phrase in query.Phrases) KeepPhrase(query, phrase, scores, masks);

            // A post matching more of the query's words outranks one matching fewer, whatever their scores; then the
            // higher score; then the earlier post.
            var best = new PriorityQueue<int, (int Words, double Score, int Post)>(Comparer<(int Words, double Score, int Post)>.Create((a, b) =>
                a.Words != b.Words ? a.Words.CompareTo(b.Words) : a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Post.CompareTo(a.Post)));
            var total = 0;
            var ticks = now.UtcTicks;
            var least = (Words: 0, Score: 0.0);
            for (var post = 0; post < count; post++)
            {
                if (scores[post] <= 0 || _visibleFrom[post] > ticks) continue;
                total++;
                var (words, score) = (BitOperations.PopCount((uint)masks[post]), scores[post]);
                // The queue is full and this post ranks no higher than its last (a tie goes to the earlier post).
                if (best.Count == keep && (words < least.Words || words == least.Words && score <= least.Score)) continue;
                if (best.Count < keep) best.Enqueue(post, (words, score, post));
                else best.EnqueueDequeue(post, (words, score, post));
                if (best.Count == keep && best.TryPeek(out _, out var last)) least = (last.Words, last.Score);
            }
            var ranked = new List<(int, double)>(best.Count);
            while (best.TryDequeue(out var post, out var key)) ranked.Add((post, key.Score));
            ranked.Reverse();
            return (ranked, Math.Min(total, limits.MaxResults), matched);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<int>.Shared.Return(masks);
        }
    }

    /// <summary>
    /// The terms a query word matches, with their weights: its own stem; if it may be a prefix, the most frequent
    /// terms of words it starts; if it is not in the index and long enough, those of words one typo away.
    /// </summary>
    private List<(int Term, double Weight)> Variants(SearchQuery query, int index, SearchLimits limits)
    {
        var word = query.Words[index];
        var variants = new List<(int Term, double Weight)>();
        var exact = _terms.TryGetValue(PorterStemmer.Stem(word.Folded), out var own) ? own : -1;
        if (exact >= 0) variants.Add((exact, 1.0));
        if (word.InPhrase) return variants;

        IEnumerable<int> others = [];
        if (query.PrefixWord == index) others = WordsStartingWith(word.Folded);
        if (exact < 0 && word.Folded.Length >= MinTypoLength) others = others.Concat(WordsOneTypoFrom(word.Folded));
        variants.AddRange(others.Select(w => _wordTerms[w]).Where(term => term != exact).Distinct()
            .OrderByDescending(term => _postings[term].Count).Take(limits.MaxVariants).Select(term => (term, VariantWeight)));
        return variants;
    }

    /// <summary>Indexes of the words that start with <paramref name="prefix"/> (at most a few thousand looked at).</summary>
    private IEnumerable<int> WordsStartingWith(string prefix)
    {
        var first = Array.BinarySearch(_words, prefix, StringComparer.Ordinal);
        if (first < 0) first = ~first;
        for (var i = first; i < _words.Length && i < first + 5_000 && _words[i].StartsWith(prefix, StringComparison.Ordinal); i++) yield return i;
    }

    /// <summary>Indexes of the words one deletion, insertion, substitution or swap of neighbours away from <paramref name="word"/>.</summary>
    private HashSet<int> WordsOneTypoFrom(string word)
    {
        var found = new HashSet<int>();
        Span<char> edit = stackalloc char[word.Length + 1];
        var source = word.AsSpan();
        void Try(ReadOnlySpan<char> candidate)
        {
            if (_wordIndexBySpan.TryGetValue(candidate, out var index)) found.Add(index);
        }

        for (var i = 0; i < source.Length; i++)
        {
            source[..i].CopyTo(edit);
            source[(i + 1)..].CopyTo(edit[i..]);
            Try(edit[..(source.Length - 1)]);

            if (i + 1 < source.Length)
            {
                source.CopyTo(edit);
                (edit[i], edit[i + 1]) = (edit[i + 1], edit[i]);
                Try(edit[..source.Length]);
            }

            source.CopyTo(edit);
            foreach (var letter in _alphabet)
            {
                if (letter == source[i]) continue;
                edit[i] = letter;
                Try(edit[..source.Length]);
            }
        }
        for (var i = 0; i <= source.Length; i++)
        {
            source[..i].CopyTo(edit);
            source[i..].CopyTo(edit[(i + 1)..]);
            foreach (var letter in _alphabet)
            {
                edit[i] = letter;
                Try(edit[..(source.Length + 1)]);
            }
        }
        return found;
    }

    /// <summary>Adds a term's BM25F score, times <paramref name="weight"/>, to every post that has it.</summary>
    private void Accumulate(int term, double weight, int bit, double[] scores, int[] masks)
    {
        var postings = _postings[term];
        var scale = Bm25F.ImpactScale(postings.Count, _posts.Length) * weight;
        postings.Score(scale, bit, scores, masks);
    }

    /// <summary>Drops the posts that do not hold the phrase's words one after another.</summary>
    private void KeepPhrase(SearchQuery query, IReadOnlyList<int> phrase, double[] scores, int[] masks)
    {
        var required = phrase.Aggregate(0, (mask, word) => mask | 1 << word);
        var terms = phrase.Select(word => _terms.GetValueOrDefault(PorterStemmer.Stem(query.Words[word].Folded), -1)).ToArray();
        var known = terms.All(term => term >= 0);
        var cursors = known ? terms.Select(term => _postings[term].Cursor()).ToArray() : [];
        var starts = new List<int>();
        for (var post = 0; post < _posts.Length; post++)
        {
            if (scores[post] <= 0) continue;
            if (!known || (masks[post] & required) != required || !HoldsPhrase(post, cursors, starts)) scores[post] = 0;
        }
    }

    /// <summary>
    /// Whether some place in <paramref name="post"/> has the first term, the second right after, and so on: the first
    /// term's positions are the starts, and each next term keeps those it follows, so that most posts are done with
    /// after two terms. <paramref name="starts"/> is room to work in.
    /// </summary>
    private static bool HoldsPhrase(int post, PostingCursor[] cursors, List<int> starts)
    {
        if (!cursors[0].MoveTo(post)) return false;
        cursors[0].ReadPositions(starts);
        for (var i = 1; i < cursors.Length && starts.Count > 0; i++)
        {
            if (!cursors[i].MoveTo(post)) return false;
            cursors[i].KeepFollowed(starts, i);
        }
        return starts.Count > 0;
    }

    /// <summary>
    /// Where each of <paramref name="posts"/> holds the <paramref name="matched"/> terms in its body, in the body's
    /// order: each matched term's postings read only around the posts shown.
    /// </summary>
    private Dictionary<int, List<BodyMatch>> BodyMatches(int[] posts, HashSet<int> matched)
    {
        var result = posts.ToDictionary(post => post, _ => new List<BodyMatch>());
        var inOrder = posts.Order().ToArray();
        var positions = new List<int>();
        foreach (var term in matched)
        {
            var cursor = _postings[term].Cursor();
            foreach (var post in inOrder)
            {
                if (!cursor.MoveTo(post)) continue;
                cursor.ReadPositions(positions);
                foreach (var position in positions)
                {
                    if (position >= _bodyStarts[post]) result[post].Add(new BodyMatch(position - _bodyStarts[post], term));
                }
            }
        }
        foreach (var found in result.Values) found.Sort((a, b) => a.Word.CompareTo(b.Word));
        return result;
    }

    /// <summary>
    /// For a query without results: the same query with each unknown word replaced by the most frequent word of the
    /// index within one typo (two for words of five letters or more), the nearest first, then the most frequent, when
    /// that query has results.
    /// </summary>
    private string? Suggest(SearchQuery query, DateTimeOffset now, SearchLimits limits)
    {
        var changed = false;
        var words = new List<string>();
        foreach (var word in query.Words)
        {
            var replacement = _terms.ContainsKey(PorterStemmer.Stem(word.Folded)) ? null : NearestWord(word.Folded);
            changed |= replacement is not null;
            words.Add(replacement ?? word.Folded);
        }
        if (!changed) return null;
        var suggestion = string.Join(' ', words);
        return Rank(SearchQuery.Parse(suggestion, limits), 0, now, limits).Total > 0 ? suggestion : null;
    }

    private string? NearestWord(string word)
    {
        if (word.Length < SearchQuery.MinPrefixLength) return null;
        var most = word.Length >= MinTypoLength ? 2 : 1;
        string? best = null;
        var bestFrequency = 0;
        var bestDistance = int.MaxValue;
        foreach (var candidate in _words)
        {
            if (Math.Abs(candidate.Length - word.Length) > most) continue;
            var distance = EditDistance.Within(word, candidate, most);
            if (distance < 0) continue;
            var frequency = _postings[_wordTerms[_wordIndex[candidate]]].Count;
            if (distance < bestDistance || distance == bestDistance && frequency > bestFrequency)
            {
                (best, bestFrequency, bestDistance) = (candidate, frequency, distance);
            }
        }
        return best;
    }
}
