using Microsoft.Extensions.Caching.Memory;

namespace Site.Web;

/// <summary>
/// Recent searches' results, by catalog version, query (as <see cref="SearchQuery.Key"/>: case, accents and spaces
/// aside) and page. They are kept apart from the output cache, within a bound of their own, so that a flood of random
/// queries pushes out only other searches, never the site's pages; a new catalog is searched afresh, and what was kept
/// for the old one goes within minutes.
/// </summary>
public sealed class SearchResultsCache : IDisposable
{
    /// <summary>About a thousand pages of ten results with their snippets.</summary>
    public const long SizeLimitBytes = 8 * 1024 * 1024;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });

    private readonly record struct Key(long Catalog, string Query, int Skip, int Take);

    public SearchResults Find(PostCatalog catalog, SearchQuery query, int skip, int take, SearchLimits limits)
    {
        var key = new Key(catalog.Version, query.Key, skip, take);
        if (_kept.TryGetValue(key, out SearchResults? kept) && kept is not null) return kept with { Query = query };

        var results = catalog.Find(query, skip, take, limits);
        _kept.Set(key, results, new MemoryCacheEntryOptions { Size = SizeOf(key, results), AbsoluteExpirationRelativeToNow = Lifetime });
        return results;
    }

    /// <summary>
    /// Roughly what one kept page of results takes: the entry and its key, the query as read, the suggestion, and the
    /// snippets' text with a little for each hit and part. A page without hits counts too: a flood of random queries is
    /// mostly those.
    /// </summary>
    private static long SizeOf(Key key, SearchResults results) =>
        512 + 2L * (key.Query.Length + results.Query.Text.Length + (results.Suggestion?.Length ?? 0))
        + results.Query.Words.Sum(word => 64 + 2L * word.Folded.Length)
        + results.Hits.Sum(hit => 128 + hit.Snippet.Sum(part => 64 + 2L * part.Text.Length));

    public void Dispose() => _kept.Dispose();
}
