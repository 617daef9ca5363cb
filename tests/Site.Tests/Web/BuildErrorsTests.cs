using System.Net;

namespace Site.Tests.Web;

/// <summary>
/// In Development a post that cannot be built shows why in the browser: at its own address, with its lines, and in a
/// banner on every page until it is fixed. Production shows readers none of it.
/// </summary>
public sealed class BuildErrorsTests : IDisposable
{
    private readonly string _posts = Directory.CreateTempSubdirectory("site-build-errors-").FullName;

    public BuildErrorsTests()
    {
        File.WriteAllText(Path.Combine(_posts, "2024-01-01-fine.md"), "---\ntitle: Fine\n---\n\nFine.\n");
        File.WriteAllText(Path.Combine(_posts, "2024-01-02-broken.md"), "---\ntitle: Broken\ntags:\n  - a\n\t- b\n---\n\nBody.\n");
    }

    public void Dispose() => Directory.Delete(_posts, recursive: true);

    private SiteFactory Site(string environment) =>
        new(_posts, environment, new Dictionary<string, string> { ["Site:ReloadQuietMilliseconds"] = "100" });

    [Fact]
    public async Task The_broken_post_shows_its_file_line_reason_and_lines_at_its_address_and_a_banner_everywhere_until_fixed()
    {
        await using var site = Site("Development");
        var client = site.CreateClient();

        var page = await client.GetDocumentAsync("/posts/broken", expectedStatus: 404);
        Assert.Equal("This post could not be built", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("2024-01-02-broken.md:5:1: invalid YAML in front matter: a tab in the indentation", page.QuerySelector(".build-error .problem")!.TextContent.ReplaceLineEndings(" "));
        Assert.Equal("5\t- b", page.QuerySelector(".problem-line")!.TextContent.TrimEnd('\n'));
        Assert.Equal(["3", "4", "5", "6", "7"], page.QuerySelectorAll(".source-excerpt .line-number").Select(number => number.TextContent));

        var banner = (await client.GetDocumentAsync("/posts/fine")).QuerySelector(".build-errors");
        Assert.NotNull(banner);
        Assert.Contains("1 post could not be built", banner.TextContent);
        Assert.Contains("2024-01-02-broken.md:5", banner.TextContent);

        File.WriteAllText(Path.Combine(_posts, "2024-01-02-broken.md"), "---\ntitle: Broken no more\n---\n\nBody.\n");
        await Eventually.TrueAsync(async () => (await client.GetAsync("/posts/broken")).StatusCode == HttpStatusCode.OK, "the fixed post is served");
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".build-errors"));
    }

    [Fact]
    public async Task Production_shows_the_plain_404_and_no_banner()
    {
        await using var site = Site("Production");
        var client = site.CreateClient();

        var page = await client.GetDocumentAsync("/posts/broken", expectedStatus: 404);
        Assert.Equal("This page is not here", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("2024-01-02-broken.md", page.Body!.TextContent);
        Assert.Null((await client.GetDocumentAsync("/")).QuerySelector(".build-errors"));
    }
}
