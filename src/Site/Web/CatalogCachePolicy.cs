using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace Site.Web;

/// <summary>
/// Which responses the output cache keeps and under which key: those of endpoints marked <see cref="KeptAttribute"/>,
/// nothing else. The key holds the catalog's version, so that a swapped-in catalog (an edit in Development, a post
/// whose time came) is never answered from the old one; the query keys the endpoint names, if any; and the content
/// coding this client gets. Nothing else: other queries and the Host header do not change a page, so
/// they must not multiply its copies. A response kept apart (search results) is stored from its second request on
/// (<see cref="AskedBefore"/>).
/// </summary>
public sealed class CatalogCachePolicy(CatalogStore store, IResponseCompressionProvider compression) : IOutputCachePolicy
{
    /// <summary>Bounds how long copies made for a catalog that is no longer served take memory.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private readonly AskedBefore _askedBefore = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<KeptAttribute>() is not { } kept)
        {
            context.EnableOutputCaching = false;
            return ValueTask.CompletedTask;
        }
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;

        var vary = context.CacheVaryByRules;
        vary.VaryByHost = false;
        // Each named key's values as sent, in their order, and no other query: the output cache's own QueryKeys would sort
        // the values, and /search?q=a&q=b must not be answered with the copy made for q=b&q=a, which shows "b a".
        // Escaped, because a value holding the cache key's own separators (U+001E, U+001F) makes no key at all.
        vary.QueryKeys = Array.Empty<string>();
        foreach (var key in kept.VaryByQuery)
        {
            vary.VaryByValues["query:" + key] = string.Join('&', http.Request.Query[key].OfType<string>().Select(Uri.EscapeDataString));
        }
        vary.VaryByValues["catalog"] = store.Current.Version.ToString(CultureInfo.InvariantCulture);
        vary.VaryByValues["coding"] = compression.GetCompressionProvider(http)?.EncodingName ?? "identity";
        if (kept.Apart)
        {
            context.Tags.Add(SplitOutputCacheStore.ApartTag);
            var request = http.Request.Path + "?" + string.Join('&', kept.VaryByQuery.Select(key => vary.VaryByValues["query:" + key]));
            context.AllowCacheStorage = _askedBefore.Check(request);
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
