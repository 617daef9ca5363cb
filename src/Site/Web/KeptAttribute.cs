namespace Site.Web;

/// <summary>How long a browser, proxy or CDN may reuse a response before asking again with its ETag.</summary>
public enum Freshness
{
    /// <summary>Pages: a minute, so that an edit or a post whose time came is seen within about a minute even through a CDN.</summary>
    Page,

    /// <summary>Feeds, the sitemap and robots.txt: ten minutes; readers poll them, and a few minutes late is still on time.</summary>
    Feed,
}

/// <summary>
/// Says that an endpoint's responses are kept (made once per catalog and served from memory, see
/// <see cref="PageCaching"/>), how fresh clients may take them, and which query keys make them differ: a listing's
/// <c>page</c>, say. Any other query changes nothing, so it makes no other copy. An endpoint without it is not kept.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class KeptAttribute(Freshness freshness, params string[] varyByQuery) : Attribute
{
    public Freshness Freshness { get; } = freshness;

    public IReadOnlyList<string> VaryByQuery { get; } = varyByQuery;

    /// <summary>
    /// Kept in a part of the store bounded apart from the site's pages (<see cref="SplitOutputCacheStore"/>): for an
    /// endpoint with a copy for any text a client sends (search results), which must not push the pages out.
    /// </summary>
    public bool Apart { get; init; }

    /// <summary>
    /// For browsers and shared caches alike (<c>s-maxage</c> says so to a CDN that would otherwise keep HTML by its own
    /// rules), a CDN may answer with the copy it has for as long again while it asks a replica in the background
    /// (<c>stale-while-revalidate</c>), and for a day when no replica answers (<c>stale-if-error</c>): a site whose
    /// replicas are all down stays readable through its CDN.
    /// </summary>
    public string CacheControl => Freshness switch
    {
        Freshness.Page => "public, max-age=60, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400",
        Freshness.Feed => "public, max-age=600, s-maxage=600, stale-while-revalidate=600, stale-if-error=86400",
        _ => throw new InvalidOperationException($"no Cache-Control for {Freshness}"),
    };

    /// <summary>While writing, every load asks again (a 304 when nothing changed), so that no edit hides behind a cached copy.</summary>
    public const string DevelopmentCacheControl = "no-cache";
}
