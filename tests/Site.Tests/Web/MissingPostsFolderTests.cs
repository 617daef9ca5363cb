using System.Net;

namespace Site.Tests.Web;

/// <summary>
/// With <c>Site:MissingPostsFolder=Empty</c>, a posts folder that is not there is one log line and an empty site that says
/// so kindly, with /healthz Degraded. (The default, Exit, is tested on the published app in Deployment.)
/// </summary>
public sealed class MissingPostsFolderTests : IDisposable
{
    private readonly SiteFactory _site = new(
        Path.Combine(Path.GetTempPath(), "site-tests-no-such-folder-" + Guid.NewGuid().ToString("N")),
        settings: new Dictionary<string, string> { ["Site:MissingPostsFolder"] = "Empty" });

    [Fact]
    public async Task An_empty_site_is_served_with_one_log_line_and_healthz_degraded()
    {
        var client = _site.CreateClient();

        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Nothing is published here yet", home.QuerySelector("main")!.TextContent);
        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());

        var line = Assert.Single(_site.Logs, l => l.Contains("site-tests-no-such-folder-"));
        Assert.StartsWith("Error: Posts folder ", line);
        Assert.EndsWith("not found (Site:PostsPath): serving an empty site, as Site:MissingPostsFolder is Empty", line);
        Assert.DoesNotContain(_site.Logs, l => l.Contains("   at "));
    }

    [Fact]
    public async Task A_folder_there_by_the_next_new_year_is_read_and_the_site_is_healthy_again()
    {
        var posts = Path.Combine(Path.GetTempPath(), "site-tests-later-folder-" + Guid.NewGuid().ToString("N"));
        var newYear = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(newYear.AddSeconds(-1));
        using var site = new SiteFactory(posts, settings: new Dictionary<string, string> { ["Site:MissingPostsFolder"] = "Empty" }, clock: clock);
        using var client = site.CreateClient();
        Assert.Equal("Degraded", await client.GetStringAsync("/healthz"));

        Directory.CreateDirectory(posts);
        try
        {
            File.WriteAllText(Path.Combine(posts, "2026-05-05-back.md"), "---\ntitle: Back again\n---\nHello.\n");
            clock.SetUtcNow(newYear.AddSeconds(1));

            await Eventually.TrueAsync(async () => await client.GetStringAsync("/healthz") == "Healthy", "/healthz is Healthy");
            Assert.Single(site.Logs, line => line.Contains("can be read again: the site is healthy", StringComparison.Ordinal));
            Assert.Contains("Back again", (await client.GetDocumentAsync("/")).EntryTitles());
        }
        finally
        {
            Directory.Delete(posts, recursive: true);
        }
    }

    [Fact]
    public async Task Health_probes_log_nothing_each_and_the_return_to_health_is_said_once()
    {
        var client = _site.CreateClient();
        for (var probe = 0; probe < 5; probe++) Assert.Equal("Degraded", await client.GetStringAsync("/healthz"));

        Assert.DoesNotContain(_site.Logs, line => line.Contains("Health check", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => _site.Dispose();
}
