using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>What feed readers, crawlers and browsers read: the Atom feeds, the sitemap, robots.txt and the OpenSearch description.</summary>
public static class SyndicationEndpoints
{
    /// <summary>MapGet answers GET alone: HEAD, which crawlers and CDNs send, would get a 404.</summary>
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapSyndication(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(SiteRoutes.Feed.Template, GetAndHead, (CatalogStore store, AtomFeed feed, IOptions<SiteOptions> options) =>
        {
            var catalog = store.Current.WithoutDrafts;
            return Results.Bytes(feed.Write(catalog.Posts, options.Value.Title, SiteRoutes.Feed.Path, SiteRoutes.Home.Path), "application/atom+xml; charset=utf-8");
        }).Kept(Freshness.Feed);

        endpoints.MapMethods(SiteRoutes.CategoryFeed.Template, GetAndHead, (string slug, CatalogStore store, AtomFeed feed, IOptions<SiteOptions> options) =>
        {
            var catalog = store.Current.WithoutDrafts;
            if (catalog.FindCategory(slug) is not { } category) return Results.NotFound();
            return Results.Bytes(feed.Write(category.Posts, $"{category.Term.Name} · {options.Value.Title}",
                    SiteRoutes.CategoryFeed.For(category.Term.Slug), SiteRoutes.Category.For(category.Term.Slug)),
                "application/atom+xml; charset=utf-8");
        }).Kept(Freshness.Feed);

        endpoints.MapMethods(SiteRoutes.Sitemap.Template, GetAndHead, (CatalogStore store, Sitemap sitemap) =>
            Results.Bytes(sitemap.Write(store.Current.WithoutDrafts), "application/xml; charset=utf-8")).Kept(Freshness.Feed);

        endpoints.MapMethods(SiteRoutes.Robots.Template, GetAndHead, (SiteUrls urls) =>
            Results.Text($"User-agent: *\nAllow: /\nSitemap: {urls.Absolute(SiteRoutes.Sitemap.Path)}\n", "text/plain; charset=utf-8")).Kept(Freshness.Feed);

        endpoints.MapMethods(SiteRoutes.OpenSearch.Template, GetAndHead, (OpenSearchDescription description) =>
            Results.Bytes(description.Write(), OpenSearchDescription.ContentType)).Kept(Freshness.Feed);

        return endpoints;
    }
}
