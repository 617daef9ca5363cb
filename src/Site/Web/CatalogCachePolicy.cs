using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace Site.Web;

/// <summary>
/// Which responses the output cache keeps and under which key. The key holds the catalog's version, so that a
/// swapped-in catalog (an edit in Development, a post whose time came) is never answered from the old one; a
/// listing's <c>page</c> query; and the content coding this client gets. Nothing else: other queries and the Host header do not
/// change a page, so they must not multiply its copies. A <c>page</c> not written as the site writes it (<c>01</c>)
/// is answered, but not kept, for the same reason.
/// </summary>
public sealed class CatalogCachePolicy(CatalogStore store, IResponseCompressionProvider compression) : IOutputCachePolicy
{
    /// <summary>Bounds how long copies made for a catalog that is no longer served take memory.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var listing = http.GetEndpoint()?.Metadata.GetMetadata<ListingAttribute>() is not null;
        var keep = !listing || PageNumber.IsCanonical(http.Request.Query[PageNumber.Query]);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = keep;
        context.AllowCacheStorage = keep;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;

        var vary = context.CacheVaryByRules;
        vary.VaryByHost = false;
        if (listing) vary.QueryKeys = PageNumber.Query;
        vary.VaryByValues["catalog"] = store.Current.Version.ToString(CultureInfo.InvariantCulture);
        vary.VaryByValues["coding"] = compression.GetCompressionProvider(http)?.EncodingName ?? "identity";
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
