using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Site.Web;

namespace Site.Tests.Web;

/// <summary>What the contract promises with no settings at all: ten posts a page, everywhere that pages; a kind empty site.</summary>
public sealed class DefaultsTests : IDisposable
{
    private readonly string _posts = Directory.CreateTempSubdirectory("site-defaults-").FullName;

    public void Dispose() => Directory.Delete(_posts, recursive: true);

    [Fact]
    public async Task Listings_show_ten_posts_a_page_by_default_tags_included()
    {
        for (var day = 1; day <= 12; day++)
            File.WriteAllText(Path.Combine(_posts, $"2023-01-{day:00}-note-{day}.md"), $"---\ntitle: Note {day}\ntags: [field notes]\n---\nBody.\n");
        using var site = new SiteFactory(_posts);
        using var client = site.CreateClient();

        var first = await client.GetDocumentAsync("/tags/field-notes");
        Assert.Equal(10, first.EntryTitles().Count);
        Assert.Equal("/tags/field-notes/page/2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var second = await client.GetDocumentAsync("/tags/field-notes/page/2");
        Assert.Equal(["Note 2", "Note 1"], second.EntryTitles());
        Assert.Equal("/tags/field-notes", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(10, (await client.GetDocumentAsync("/")).EntryTitles().Count);
        await client.GetDocumentAsync("/tags/field-notes/page/3", expectedStatus: 404);
    }

    [Fact]
    public async Task A_posts_folder_with_nothing_in_it_is_a_kind_empty_site()
    {
        using var site = new SiteFactory(_posts);
        using var client = site.CreateClient();

        var home = await client.GetDocumentAsync("/");

        Assert.Empty(home.EntryTitles());
        Assert.Contains("Nothing is published here yet", home.QuerySelector("main")!.TextContent);
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
    }

    [Fact]
    public void Without_a_posts_path_a_built_site_reads_the_posts_beside_it_and_dotnet_run_the_repositorys()
    {
        using var built = new SiteFactory(postsPath: null);
        using var running = new SiteFactory(postsPath: null, environment: "Development");

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "posts"), built.Services.GetRequiredService<CatalogLoader>().PostsPath);
        Assert.Equal(Path.Combine(RepositoryRoot.Path, "posts"), running.Services.GetRequiredService<CatalogLoader>().PostsPath);
    }

    [Fact]
    public async Task Healthz_is_unhealthy_until_a_catalog_is_loaded()
    {
        using var site = new SiteFactory(_posts);
        var loader = site.Services.GetRequiredService<CatalogLoader>();
        var check = new CatalogHealthCheck(new CatalogStore(TimeProvider.System), loader);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (HttpStatusCode)new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions().ResultStatusCodes[result.Status]);
    }
}
