using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace Site.Web;

/// <summary>
/// The output cache's store, in two parts bounded apart: the site's pages, feeds and sitemap; and the responses of
/// endpoints kept <see cref="KeptAttribute.Apart"/> (search results: a page for any text anyone types). A flood of random
/// queries then pushes out only other results, never the pages every reader asks for. Each part, when full, drops what
/// expired first, then what was read least recently.
/// </summary>
public sealed class SplitOutputCacheStore(long pagesLimit, long apartLimit) : IOutputCacheStore, IDisposable
{
    /// <summary>The tag a response kept apart is stored with (<see cref="CatalogCachePolicy"/> gives it).</summary>
    public const string ApartTag = "kept-apart";

    /// <summary>About 2,500 search results pages as Brotli, or 500 uncompressed.</summary>
    public const long ApartLimitBytes = 8 * 1024 * 1024;

    private readonly MemoryCache _pages = new(new MemoryCacheOptions { SizeLimit = pagesLimit });
    private readonly MemoryCache _apart = new(new MemoryCacheOptions { SizeLimit = apartLimit });

    private sealed record Entry(byte[] Value, string[] Tags);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult((_pages.Get<Entry>(key) ?? _apart.Get<Entry>(key))?.Value);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        tags ??= [];
        var part = tags.Contains(ApartTag) ? _apart : _pages;
        // The key counts too: a query's text is in it, and a flood of long queries must not slip past the bound.
        part.Set(key, new Entry(value, tags), new MemoryCacheEntryOptions { Size = value.Length + 2L * key.Length, AbsoluteExpirationRelativeToNow = validFor });
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        foreach (var part in (MemoryCache[])[_pages, _apart])
        {
            foreach (var key in part.Keys)
            {
                if (part.Get<Entry>(key) is { } entry && entry.Tags.Contains(tag)) part.Remove(key);
            }
        }
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _pages.Dispose();
        _apart.Dispose();
    }
}
