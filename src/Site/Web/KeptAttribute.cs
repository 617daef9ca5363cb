namespace Site.Web;

/// <summary>How long a browser, proxy or CDN may reuse a response before asking again with its ETag.</summary>
public enum Freshness
{
    /// <summary>Pages: a minute, so that an edit or a post whose time came is seen within a minute even through a CDN.</summary>
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

    public string CacheControl => Freshness switch
    {
        Freshness.Page => "public, max-age=60",
        Freshness.Feed => "public, max-age=600",
        _ => throw new InvalidOperationException($"no Cache-Control for {Freshness}"),
    };

    /// <summary>While writing, every load asks again (a 304 when nothing changed), so that no edit hides behind a cached copy.</summary>
    public const string DevelopmentCacheControl = "no-cache";
}
