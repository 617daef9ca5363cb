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

    public void Dispose() => _site.Dispose();
}
