namespace Site.Web;

/// <summary>
/// How long a browser, proxy or CDN may reuse a response of an endpoint before asking again with its ETag. Marks the
/// endpoints whose responses the site keeps (see <see cref="PageCaching"/>).
/// </summary>
public sealed class Freshness(TimeSpan maxAge)
{
    /// <summary>Pages: short, so that an edit or a post whose time came is seen within a minute even through a CDN.</summary>
    public static readonly Freshness Page = new(TimeSpan.FromMinutes(1));

    /// <summary>Feeds, the sitemap and robots.txt: readers poll them, and a few minutes late is still on time.</summary>
    public static readonly Freshness Feed = new(TimeSpan.FromMinutes(10));

    public string CacheControl { get; } = $"public, max-age={(int)maxAge.TotalSeconds}";

    /// <summary>While writing, every load asks again (a 304 when nothing changed), so that no edit hides behind a cached copy.</summary>
    public const string Development = "no-cache";
}
