using Microsoft.Extensions.Caching.Memory;

namespace Site.Web;

/// <summary>
/// Recent searches' results, by query (as <see cref="SearchQuery.Key"/>: case, accents and spaces aside) and page, for
/// the catalog being served. They are kept apart from the output cache, within a bound of their own, so that a flood of
/// random queries pushes out only other searches, never the site's pages; a new catalog starts afresh.
/// </summary>
public sealed class SearchResultsCache : IDisposable
{
    /// <summary>About a thousand pages of ten results with their snippets.</summary>
    public const long SizeLimitBytes = 8 * 1024 * 1024;

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = SizeLimitBytes });
    private readonly Lock _gate = new();
    private PostCatalog? _catalog;
    private int _generation;

    private readonly record struct Key(int Generation, string Query, int Skip, int Take);

    public SearchResults Find(PostCatalog catalog, SearchQuery query, int skip, int take, SearchLimits limits)
    {
        var key = new Key(GenerationOf(catalog), query.Key, skip, take);
        if (_kept.TryGetValue(key, out SearchResults? kept) && kept is not null) return kept with { Query = query };

        var results = catalog.Find(query, skip, take, limits);
        // Results of a catalog that was replaced meanwhile go under its generation, which no later search asks for.
        _kept.Set(key, results, new MemoryCacheEntryOptions { Size = SizeOf(results) });
        return results;
    }

    /// <summary>The number of <paramref name="catalog"/>, a new one each time the catalog served changes.</summary>
    private int GenerationOf(PostCatalog catalog)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(catalog, _catalog))
            {
                _catalog = catalog;
                _generation++;
                _kept.Clear();
            }
            return _generation;
        }
    }

    /// <summary>Roughly what one page of results holds in memory: its snippets' text, and a little for each hit and part.</summary>
    private static long SizeOf(SearchResults results) =>
        256 + results.Hits.Sum(hit => 128 + hit.Snippet.Sum(part => 64 + 2L * part.Text.Length));

    public void Dispose() => _kept.Dispose();
}
