using System.Net;

namespace Site.Tests.Web;

/// <summary>
/// <c>Site:Watch</c> decides whether a change to the posts folder is served without a restart: on in Development by
/// default, and in Production when asked for, for a mounted posts folder.
/// </summary>
public sealed class ContentReloaderTests : IDisposable
{
    private readonly string _posts = Directory.CreateTempSubdirectory("site-watch-").FullName;

    public ContentReloaderTests() => Write("2024-01-01-one.md", "First post");

    private void Write(string file, string title) =>
        File.WriteAllText(Path.Combine(_posts, file), $"---\ntitle: {title}\n---\n\nBody of {title}.\n");

    private SiteFactory Site(string environment, string watch) => new(_posts, environment, new Dictionary<string, string>
    {
        ["Site:ReloadQuietMilliseconds"] = "100",
        ["Site:Watch"] = watch,
    });

    [Fact]
    public async Task Production_with_watch_on_serves_a_new_post_without_a_restart_and_no_reload_script()
    {
        using var site = Site("Production", "true");
        using var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/posts/one")).StatusCode);

        Write("2024-01-02-two.md", "Second post");

        await Eventually.TrueAsync(async () => (await client.GetAsync("/posts/two")).StatusCode == HttpStatusCode.OK, "the new post is served");
        Assert.Contains(site.Logs, line => line.Contains("Watching", StringComparison.Ordinal));
        Assert.Empty((await client.GetDocumentAsync("/")).QuerySelectorAll("script[src]"));
    }

    [Fact]
    public async Task Development_with_watch_off_keeps_the_catalog_it_started_with()
    {
        using var site = Site("Development", "false");
        using var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/posts/one")).StatusCode);

        Write("2024-01-02-two.md", "Second post");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/posts/two")).StatusCode);
        Assert.DoesNotContain(site.Logs, line => line.Contains("Watching", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_posts, recursive: true);
}
