using System.Text.RegularExpressions;

namespace Site.Tests.Web;

/// <summary>Bad posts are logged with file, line and reason at startup, and every other post is served.</summary>
public sealed class StartupReportTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task Broken_files_are_logged_with_path_line_and_reason_and_the_rest_is_served()
    {
        var client = site.CreateClient();
        await client.GetDocumentAsync("/");
        var errors = site.Logs.Where(line => line.StartsWith("Error: ", StringComparison.Ordinal)).ToList();

        Assert.Contains(errors, e => e.StartsWith("Error: 2023-09-09-broken-front-matter.md:4:1: error: invalid YAML in front matter: While parsing a flow sequence", StringComparison.Ordinal));
        Assert.Contains("Error: notes/2023-05-05-no-front-matter.md:1: error: no front matter: the file must start with a line '---', then fields such as 'title: ...', then a line '---'", errors);
        Assert.Contains("Warning: notes/first-light.md: warning: slug 'first-light' is taken by 2023-04-02-first-light.md, which is earlier: this one is served at 'first-light-2' (set 'slug' to choose another)", site.Logs);
        Assert.Contains(site.Logs, line => line.Contains("17 posts, 1 pages, 2 skipped"));

        Assert.Equal("First light", (await client.GetDocumentAsync("/posts/first-light")).QuerySelector("h1")!.TextContent);
        Assert.Equal("A second file with the slug first-light", (await client.GetDocumentAsync("/posts/first-light-2")).QuerySelector("h1")!.TextContent);
        await client.GetDocumentAsync("/posts/broken-front-matter", expectedStatus: 404);
    }

    [Fact]
    public async Task Finishing_the_posts_in_the_background_is_logged_when_done()
    {
        await site.CreateClient().GetDocumentAsync("/");

        await Eventually.TrueAsync(() => site.Logs.Any(line => Regex.IsMatch(line, @"^Information: Finished the HTML of \d+ posts and pages in \d+ ms$")),
            "the end of the background finishing is logged");
    }
}

/// <summary>A deployment that kept the default public address is told so at start: every absolute link would point there.</summary>
public sealed class BaseUrlWarningTests
{
    private const string Warning = "Warning: Site:BaseUrl is still http://localhost:8080";

    [Theory]
    [InlineData("Production", null, true)]
    [InlineData("Production", "ftp://files.example", true)]
    [InlineData("Production", "https://notes.example", false)]
    [InlineData("Development", null, false)]
    public async Task Production_warns_when_the_base_url_is_the_default_or_not_http(string environment, string? baseUrl, bool warned)
    {
        var settings = baseUrl is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Site:BaseUrl"] = baseUrl };
        await using var site = new SiteFactory(SiteFactory.FixturePostsPath, environment, settings);
        await site.CreateClient().GetAsync("/");

        Assert.Equal(warned, site.Logs.Any(line => line.StartsWith("Warning: Site:BaseUrl ", StringComparison.Ordinal)));
        if (warned && baseUrl is null) Assert.Contains(site.Logs, line => line.StartsWith(Warning, StringComparison.Ordinal));
    }
}
