namespace Site.Content.Routing;

/// <summary>
/// Every kind of address the site serves, each written once: the web layer maps these templates, the views build
/// their links from them, and the catalog checks old URLs and page slugs against them. A new address is one line here
/// (and the endpoint or page that answers it).
/// </summary>
public static class SiteRoutes
{
    public static readonly SiteRoute Home = new("/", inSitemap: true, paged: true);
    public static readonly SiteRoute Post = new("/posts/{slug}", inSitemap: true);
    public static readonly SiteRoute Page = new("/{slug}", inSitemap: true);
    public static readonly SiteRoute Categories = new("/categories", inSitemap: true);
    public static readonly SiteRoute Category = new("/categories/{slug}", inSitemap: true, paged: true);
    public static readonly SiteRoute CategoryFeed = new("/categories/{slug}/feed.xml");
    public static readonly SiteRoute Tags = new("/tags", inSitemap: true);
    public static readonly SiteRoute Tag = new("/tags/{slug}", inSitemap: true, paged: true);
    public static readonly SiteRoute Archive = new("/archive", inSitemap: true);
    public static readonly SiteRoute ArchivePeriod = new("/archive/{period}", inSitemap: true, paged: true);
    public static readonly SiteRoute Feed = new("/feed.xml");
    public static readonly SiteRoute Sitemap = new("/sitemap.xml");
    public static readonly SiteRoute Robots = new("/robots.txt");
    public static readonly SiteRoute Health = new("/healthz", needsServer: true);

    /// <summary>Search answers each query from the catalog's index: a static copy has no server to ask.</summary>
    public static readonly SiteRoute Search = new("/search", needsServer: true);
    public static readonly SiteRoute OpenSearch = new("/opensearch.xml");

    /// <summary>A local image resized or re-encoded (<see cref="Images.ImageVariant"/>): its name holds the file's version, so it is cached for good.</summary>
    public static readonly SiteRoute ImageVariant = new("/variants/{name}");

    /// <summary>Where a 404 is made: every unknown address runs again here, so no old URL may claim it.</summary>
    public static readonly SiteRoute NotFound = new("/not-found");

    /// <summary>Where a 500 is made, as <see cref="NotFound"/> is for a 404; a static host has no failures of the site's to show.</summary>
    public static readonly SiteRoute Error = new("/error", needsServer: true);

    public static readonly SiteRoute LiveReloadScript = new("/_live-reload.js", developmentOnly: true);
    public static readonly SiteRoute LiveReloadEvents = new("/_live-reload", developmentOnly: true);

    public static readonly IReadOnlyList<SiteRoute> All =
    [
        Home, Post, Page, Categories, Category, CategoryFeed, Tags, Tag, Archive, ArchivePeriod,
        Feed, Sitemap, Robots, Health, Search, OpenSearch, ImageVariant, NotFound, Error, LiveReloadScript, LiveReloadEvents,
    ];

    /// <summary>First URL segments the routes use (<c>posts</c>, <c>archive</c>, <c>feed.xml</c>), which no page may take as its slug.</summary>
    public static readonly IReadOnlySet<string> ReservedSegments =
        All.Select(route => route.ReservedSegment).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The route, other than a page's, whose address <paramref name="path"/> is (as ASP.NET matches it: in any case), a
    /// later page of a listing included; null when none. A static file there would never be reached; a page's slug gives
    /// way to a file instead.
    /// </summary>
    public static SiteRoute? Answering(string path)
    {
        var canonical = SitePath.Canonical(path);
        var listing = ListingPage.TrySplit(canonical, out var listingPath, out _) ? listingPath : null;
        return All.FirstOrDefault(route => route != Page
            && (route.TryMatch(canonical, out _) || route.Paged && listing is not null && route.TryMatch(listing, out _)));
    }

    /// <summary><c>/archive/2023</c> or <c>/archive/2020-2022</c>, written as the site writes them.</summary>
    public static bool IsArchivePeriod(string canonicalPath) =>
        ArchivePeriod.TryMatch(canonicalPath, out var segment) && TryParsePeriod(segment, out _);

    /// <summary>The period of an archive URL's last segment (<c>2023</c>, <c>2020-2022</c>), only as the site writes it.</summary>
    public static bool TryParsePeriod(string? segment, out YearRange period) =>
        YearRange.TryParse(segment, currentYear: 0, out period) && period.UrlSegment == segment;

    /// <summary>The archive page of a year or period.</summary>
    public static string ArchiveOf(YearRange period) => ArchivePeriod.For(period.UrlSegment);

    public static string ArchiveOf(int year) => ArchiveOf(new YearRange(year, year));
}
