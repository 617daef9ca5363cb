using System.Globalization;
using System.Net;
using Site.Web;

namespace Site.Tests.Web;

/// <summary>
/// In Development a saved change is served without a restart and open tabs are told to reload; a new error keeps
/// the rest served; Production neither watches nor serves the reload script.
/// </summary>
public sealed class LiveReloadTests : IDisposable
{
    /// <summary>Longer than the default, so that a burst written by a test on a busy machine still falls inside it.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private readonly string _posts = Directory.CreateTempSubdirectory("site-live-").FullName;
    private readonly SiteFactory _site;
    private readonly HttpClient _client;

    public LiveReloadTests()
    {
        Write("2024-01-01-one.md", "First title");
        Write("2024-01-02-two.md", "Second post");
        _site = new SiteFactory(_posts, "Development", new Dictionary<string, string> { ["Site:ReloadQuietMilliseconds"] = Quiet.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) });
        _client = _site.CreateClient();
    }

    private void Write(string file, string title, string extra = "") =>
        File.WriteAllText(Path.Combine(_posts, file), $"---\ntitle: {title}\n{extra}---\n\nBody of {title}.\n");

    private async Task<string?> TitleAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        return response.StatusCode == HttpStatusCode.OK ? Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("h1")?.TextContent.Trim() : null;
    }

    [Fact]
    public async Task Saved_title_is_served_without_a_restart()
    {
        Assert.Equal("First title", await TitleAsync("/posts/one"));

        Write("2024-01-01-one.md", "Edited title");

        await Eventually.TrueAsync(async () => await TitleAsync("/posts/one") == "Edited title", "the edited title is served");
        Assert.Contains("Edited title", (await _client.GetDocumentAsync("/")).EntryTitles());
    }

    [Fact]
    public async Task New_post_appears_and_a_broken_edit_keeps_the_rest_served()
    {
        Write("2024-01-03-three.md", "Third post");
        await Eventually.TrueAsync(async () => await TitleAsync("/posts/three") == "Third post", "the new post is served");

        File.WriteAllText(Path.Combine(_posts, "2024-01-01-one.md"), "---\ntitle: [broken\n---\n");
        await Eventually.TrueAsync(async () => await TitleAsync("/posts/one") is null, "the broken post is skipped");

        Assert.Equal("Second post", await TitleAsync("/posts/two"));
        Assert.Equal("Third post", await TitleAsync("/posts/three"));
        Assert.Contains(_site.Logs, line => line.StartsWith("Error: 2024-01-01-one.md:", StringComparison.Ordinal) && line.Contains("invalid YAML"));
    }

    [Fact]
    public async Task A_rebuild_that_throws_is_logged_and_the_served_catalog_kept()
    {
        var builds = 0;
        using var site = new SiteFactory(_posts, "Development", new Dictionary<string, string> { ["Site:ReloadQuietMilliseconds"] = "50" },
            build: (source, now) => Interlocked.Increment(ref builds) == 1 ? CatalogBuilder.Build(source, now) : throw new IOException("disk on fire"));
        using var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/posts/one")).StatusCode);

        Write("2024-01-03-three.md", "Third post");

        await Eventually.TrueAsync(() => site.Logs.Any(line => line.StartsWith("Error: A saved change: building the catalog failed; the catalog built before stays served", StringComparison.Ordinal)),
            "the failed rebuild is logged");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/posts/one")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/posts/two")).StatusCode);
    }

    [Fact]
    public async Task A_burst_of_saves_rebuilds_once()
    {
        await TitleAsync("/");
        int Builds() => _site.Logs.Count(line => line.Contains("Catalog built from"));
        var before = Builds();

        for (var i = 0; i < 5; i++) Write("2024-01-02-two.md", $"Save {i}");

        await Eventually.TrueAsync(async () => await TitleAsync("/posts/two") == "Save 4", "the last save is served");
        await Task.Delay(Quiet * 2);
        Assert.Equal(before + 1, Builds());
    }

    [Fact]
    public async Task Open_tab_is_told_to_reload_when_content_changes()
    {
        var home = await _client.GetDocumentAsync("/");
        Assert.NotNull(home.Head!.QuerySelector("script[src='/_live-reload.js']"));
        Assert.Contains("EventSource", await _client.GetStringAsync("/_live-reload.js"));

        using var events = await _client.GetStreamAsync("/_live-reload");
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        Write("2024-01-02-two.md", "Changed");
        using var timeout = new CancellationTokenSource(Eventually.Bound);
        string? line;
        do line = await reader.ReadLineAsync(timeout.Token); while (line == "");
        Assert.Equal("event: reload", line);
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
        Directory.Delete(_posts, recursive: true);
    }
}

/// <summary>Production serves no reload script and runs no watcher.</summary>
public sealed class ProductionHasNoLiveReloadTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task No_script_tag_no_script_and_no_event_stream()
    {
        var client = site.CreateClient();
        var home = await client.GetDocumentAsync("/");

        Assert.Empty(home.QuerySelectorAll("script[src]"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/_live-reload.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/_live-reload")).StatusCode);
        Assert.DoesNotContain(site.Logs, line => line.Contains("Watching"));
    }
}
