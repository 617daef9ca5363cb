namespace Site.Content.Search;

/// <summary>A piece of a snippet: text as written in the post, and whether it is a word the query matched.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);

/// <summary>A post or page that matched, with a snippet of its body around the best match.</summary>
public sealed record SearchHit(Post Post, double Score, IReadOnlyList<SnippetPart> Snippet);

/// <summary>
/// One page of a search's results: <paramref name="Hits"/> from the <paramref name="Total"/> that matched (at most the
/// limit's number of results), the query as searched, and a near spelling that has results when this query has none.
/// </summary>
public sealed record SearchResults(SearchQuery Query, IReadOnlyList<SearchHit> Hits, int Total, string? Suggestion)
{
    public static SearchResults None(SearchQuery query) => new(query, [], 0, null);
}
