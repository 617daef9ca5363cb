using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;

namespace Site.Tests.Web;

/// <summary>The route table and the endpoints ASP.NET maps are one list: neither holds an address the other lacks.</summary>
public sealed class RouteTableTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public void Every_mapped_route_is_in_the_table_and_every_route_of_the_table_is_mapped(string environment)
    {
        using var site = new SiteFactory(SiteFactory.FixturePostsPath, environment);
        var mapped = Routes(site)
            .Where(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null && !IsBuildOutputFallback(endpoint))
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Order(StringComparer.Ordinal);
        var table = SiteRoutes.All
            .Where(route => environment == "Development" || !route.DevelopmentOnly)
            .SelectMany(route => new[] { route.Template, route.PagedTemplate }.OfType<string>())
            .Order(StringComparer.Ordinal);

        Assert.Equal(table, mapped);
    }

    [Fact]
    public void Every_static_file_of_the_table_is_mapped_and_every_mapped_asset_is_a_file_of_the_table()
    {
        using var site = new SiteFactory(SiteFactory.FixturePostsPath);
        var files = site.Services.GetRequiredService<CatalogStore>().Current.Routes.Addresses
            .Where(address => address.Route is null).Select(address => address.Path).ToList();
        var assets = Routes(site).Select(endpoint => (Route: "/" + endpoint.RoutePattern.RawText, Descriptor: endpoint.Metadata.GetMetadata<StaticAssetDescriptor>()))
            .Where(asset => asset.Descriptor is not null).ToList();

        Assert.Contains("/favicon.svg", files);
        Assert.All(files, file => Assert.Contains(assets, asset => asset.Route == file));
        // Besides each file's own address, ASP.NET serves its fingerprinted name and its precompressed copy: the same file.
        Assert.All(assets, asset => Assert.Contains("/" + CompressedFrom(asset.Descriptor!.AssetPath), files));
        Assert.All(assets, asset => Assert.True(site.Services.GetRequiredService<CatalogStore>().Current.Routes.Serves(asset.Route), asset.Route));
    }

    [Fact]
    public async Task A_redirect_from_naming_the_fingerprinted_stylesheet_pages_link_or_an_image_variant_is_reported_and_ignored()
    {
        using var posts = new TempPostsFolder();
        string stylesheet;
        using (var plain = new SiteFactory(SiteFactory.FixturePostsPath))
            stylesheet = (await plain.CreateClient().GetDocumentAsync("/")).Head!.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;
        Assert.Matches(@"^/css/site\.[a-z0-9]{10}\.css$", stylesheet);
        posts.Post("2024-01-01-grabby.md", $"title: Grabby\nredirect_from: [{stylesheet}, /variants/no-such-image-w360.webp]");
        using var site = new SiteFactory(posts.PostsPath);
        using var client = site.CreateNonRedirectingClient();

        using var css = await client.GetAsync(stylesheet);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/variants/no-such-image-w360.webp")).StatusCode);
        foreach (var path in new[] { stylesheet, "/variants/no-such-image-w360.webp" })
            Assert.Contains(site.Logs, line => line.Contains($"redirect_from '{path}' ignored: it is an address the site serves", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redirect_from_naming_a_static_file_is_reported_and_the_file_still_served()
    {
        using var posts = new TempPostsFolder();
        posts.Post("2024-01-01-grabby.md", "title: Grabby\nredirect_from:\n  - /favicon.svg\n  - /css/site.css\n  - /feed.xml\n  - /archive/2023");
        using var site = new SiteFactory(posts.PostsPath);
        using var client = site.CreateNonRedirectingClient();

        using var icon = await client.GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<svg", await icon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var css = await client.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        // Each at the line and column where the front matter names it (the file's line 4 is the list's first entry).
        foreach (var (path, line) in new[] { ("/favicon.svg", 4), ("/css/site.css", 5), ("/feed.xml", 6), ("/archive/2023", 7) })
        {
            Assert.Contains(site.Logs, entry => entry.Contains($"2024-01-01-grabby.md:{line}:5: warning: redirect_from '{path}' ignored: it is an address the site serves", StringComparison.Ordinal));
        }
    }

    private static List<RouteEndpoint> Routes(SiteFactory site) =>
        [.. site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    /// <summary>
    /// ASP.NET's own catch-all for files of wwwroot/ that a build's asset manifest does not list yet: mapped by
    /// MapStaticAssets over a build's output (as tests run it), not over a published app's.
    /// </summary>
    private static bool IsBuildOutputFallback(RouteEndpoint endpoint) => endpoint.RoutePattern.RawText == "{**path:file}";

    private static string CompressedFrom(string assetPath) =>
        assetPath.EndsWith(".gz", StringComparison.Ordinal) ? assetPath[..^3] : assetPath.EndsWith(".br", StringComparison.Ordinal) ? assetPath[..^3] : assetPath;
}
