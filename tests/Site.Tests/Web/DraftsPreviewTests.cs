using System.Net;

namespace Site.Tests.Web;

/// <summary>Site:ShowDrafts previews unpublished posts in Development, marked, unindexed and kept out of feeds; Production refuses it.</summary>
public sealed class DraftsPreviewTests
{
    private static SiteFactory Site(string environment, bool showDrafts) => new(SiteFactory.FixturePostsPath, environment,
        new Dictionary<string, string>(FixtureSite.Settings) { ["Site:ShowDrafts"] = showDrafts ? "true" : "false" });

    [Fact]
    public async Task Drafts_are_served_with_a_banner_and_noindex_and_listed_with_a_marker()
    {
        await using var site = Site("Development", showDrafts: true);
        var client = site.CreateClient();

        var draft = await client.GetDocumentAsync("/posts/draft-idea");
        Assert.Contains("Draft", draft.QuerySelector(".draft-banner")!.TextContent);
        Assert.Equal("noindex", draft.Head!.QuerySelector("meta[name=robots]")!.GetAttribute("content"));

        var home = await client.GetDocumentAsync("/");
        var entry = home.QuerySelectorAll(".entry h2").First(h => h.TextContent.Contains("A draft idea"));
        Assert.Equal("Draft", entry.QuerySelector(".draft-marker")!.TextContent.Trim());

        var archive = await client.GetDocumentAsync("/archive");
        var listed = archive.QuerySelectorAll("li").First(item => item.TextContent.Contains("A draft idea", StringComparison.Ordinal));
        Assert.Equal("Draft", listed.QuerySelector(".draft-marker")!.TextContent.Trim());
        var neighbours = await Task.WhenAll(home.QuerySelectorAll(".entry h2 a").Select(link => client.GetDocumentAsync(link.GetAttribute("href")!)));
        var links = neighbours.SelectMany(page => page.QuerySelectorAll(".post-nav a, .related a")).Where(link => link.GetAttribute("href") == "/posts/draft-idea").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Equal("Draft", (link.QuerySelector(".draft-marker") ?? link.NextElementSibling)?.TextContent.Trim()));

        var published = await client.GetDocumentAsync("/posts/first-light");
        Assert.Null(published.QuerySelector(".draft-banner"));
        Assert.Null(published.Head!.QuerySelector("meta[name=robots]"));
    }

    [Fact]
    public async Task Drafts_never_reach_feeds_or_the_sitemap()
    {
        await using var site = Site("Development", showDrafts: true);
        var client = site.CreateClient();

        Assert.DoesNotContain("draft", await client.GetStringAsync("/feed.xml"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("draft", await client.GetStringAsync("/sitemap.xml"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/categories/secret-category/feed.xml")).StatusCode);
    }

    [Fact]
    public async Task Without_the_setting_drafts_stay_unpublished()
    {
        await using var site = Site("Development", showDrafts: false);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/posts/draft-idea")).StatusCode);
    }
}
