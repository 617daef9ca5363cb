namespace Site.Content.Search;

/// <summary>One word of a query, folded; <paramref name="InPhrase"/> words match only as written (stemmed), never a prefix or a typo.</summary>
public sealed record QueryWord(string Folded, bool InPhrase);

/// <summary>
/// A reader's query, read within <see cref="SearchLimits"/>: its words (folded, each once), the <c>"quoted phrases"</c>
/// among them as lists of word positions, and whether its last word may be the start of a longer one (it is not in
/// quotes: the reader may still be typing it). Quotes may be straight or curly; an unclosed one runs to the end.
/// </summary>
public sealed class SearchQuery
{
    private SearchQuery(string text, IReadOnlyList<QueryWord> words, IReadOnlyList<IReadOnlyList<int>> phrases, int? prefixWord)
    {
        Text = text;
        Words = words;
        Phrases = phrases;
        PrefixWord = prefixWord;
    }

    /// <summary>The query as searched: cut to the limit, its spaces collapsed; what the search box shows again.</summary>
    public string Text { get; }

    public IReadOnlyList<QueryWord> Words { get; }

    /// <summary>Each phrase as the indexes in <see cref="Words"/> of its words, in order (a word may recur).</summary>
    public IReadOnlyList<IReadOnlyList<int>> Phrases { get; }

    /// <summary>The index in <see cref="Words"/> of the word that may be a prefix; null when none may.</summary>
    public int? PrefixWord { get; }

    public bool IsEmpty => Words.Count == 0;

    /// <summary>Words shorter than this are never read as prefixes: <c>a</c> would match most of the index.</summary>
    public const int MinPrefixLength = 3;

    public static SearchQuery Parse(string? text, SearchLimits limits)
    {
        text ??= "";
        if (text.Length > limits.MaxQueryLength) text = text[..limits.MaxQueryLength];
        if (text.Length > 0 && char.IsHighSurrogate(text[^1])) text = text[..^1];
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        var words = new List<QueryWord>();
        var phrases = new List<IReadOnlyList<int>>();
        int? prefix = null;
        var quoted = false;
        foreach (var part in text.Split(Quotes))
        {
            var indexes = new List<int>();
            foreach (var range in WordSpans.Of(part))
            {
                var folded = WordFolding.Fold(part.AsSpan(range));
                var index = words.FindIndex(word => word.Folded == folded && word.InPhrase == quoted);
                if (index < 0)
                {
                    if (words.Count == limits.MaxWords) break;
                    index = words.Count;
                    words.Add(new QueryWord(folded, quoted));
                }
                indexes.Add(index);
                prefix = quoted || folded.Length < MinPrefixLength ? null : index;
            }
            if (quoted && indexes.Count > 1) phrases.Add(indexes);
            quoted = !quoted;
        }
        return new SearchQuery(text, words, phrases, prefix);
    }

    private static readonly char[] Quotes = ['"', '“', '”', '„'];
}
