using Microsoft.Extensions.Options;
using Site.Content;

namespace Site.Web;

/// <summary>What feed readers and crawlers read: the Atom feeds, the sitemap and robots.txt.</summary>
public static class SyndicationEndpoints
{
    public static IEndpointRouteBuilder MapSyndication(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/feed.xml", (CatalogStore store, AtomFeed feed, IOptions<SiteOptions> options) =>
        {
            var catalog = store.Current.WithoutDrafts;
            return Results.Bytes(feed.Write(catalog, catalog.Posts, options.Value.Title, "/feed.xml", "/"), "application/atom+xml; charset=utf-8");
        });

        endpoints.MapGet("/categories/{slug}/feed.xml", (string slug, CatalogStore store, AtomFeed feed, IOptions<SiteOptions> options) =>
        {
            var catalog = store.Current.WithoutDrafts;
            if (catalog.FindCategory(slug) is not { } category) return Results.NotFound();
            var path = SiteRoutes.Category(category.Term);
            return Results.Bytes(feed.Write(catalog, category.Posts, $"{category.Term.Name} · {options.Value.Title}", path + "/feed.xml", path),
                "application/atom+xml; charset=utf-8");
        });

        endpoints.MapGet("/sitemap.xml", (CatalogStore store, Sitemap sitemap) =>
            Results.Bytes(sitemap.Write(store.Current.WithoutDrafts), "application/xml; charset=utf-8"));

        endpoints.MapGet("/robots.txt", (SiteUrls urls) =>
            Results.Text($"User-agent: *\nAllow: /\nSitemap: {urls.Absolute("/sitemap.xml")}\n", "text/plain; charset=utf-8"));

        return endpoints;
    }
}
