using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Site.Web;

namespace Site.Tests.Web;

/// <summary>The site listens while it reads its posts: until the catalog is served, pages answer 503 and /healthz is Unhealthy, quietly.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task While_the_catalog_is_built_pages_answer_503_healthz_is_unhealthy_and_files_are_served()
    {
        using var reading = new ManualResetEventSlim();
        using var site = new SiteFactory(SiteFactory.FixturePostsPath, build: (source, now) =>
        {
            reading.Wait(TimeSpan.FromSeconds(30));
            return CatalogBuilder.Build(source, now);
        }, waitForCatalog: false);
        using var client = site.CreateClient();

        using (var page = await client.GetAsync("/posts/first-light"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), page.Headers.RetryAfter?.Delta);
            Assert.Contains("starting", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var health = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        }
        // Being unhealthy while starting is expected: an orchestrator probing meanwhile must not fill the log with errors.
        Assert.DoesNotContain(site.Logs, line => line.Contains("Health check", StringComparison.OrdinalIgnoreCase));
        using (var icon = await client.GetAsync("/favicon.svg"))
        {
            Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        }

        reading.Set();

        await Eventually.TrueAsync(async () => (await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK, "/healthz answers 200");
        Assert.Equal("First light", (await client.GetDocumentAsync("/posts/first-light")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_first_build_that_throws_is_logged_and_stops_the_site()
    {
        using var site = new SiteFactory(SiteFactory.FixturePostsPath, build: (_, _) => throw new IOException("disk on fire"), waitForCatalog: false);

        // The site stops as soon as it fails: by then it may be gone before the test can ask it anything.
        var stopped = Record.Exception(() =>
        {
            using var client = site.CreateClient();
            Assert.True(site.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.WaitHandle.WaitOne(Eventually.Bound), "the site did not stop");
        });

        Assert.True(stopped is null or ObjectDisposedException, stopped?.ToString());
        await Eventually.TrueAsync(() => site.Logs.Any(line => line.StartsWith("Critical: Building the catalog failed: stopping", StringComparison.Ordinal)), "the failure is logged");
    }
}
