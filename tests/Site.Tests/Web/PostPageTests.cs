using System.Net;

namespace Site.Tests.Web;

/// <summary>What a post page offers after the body: older and newer posts, related posts, reading time and tags.</summary>
public sealed class PostPageTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Older_and_newer_posts_follow_the_listing_order()
    {
        var page = await _client.GetDocumentAsync("/posts/links-to-others");
        Assert.Equal("/posts/part-12", page.QuerySelector(".post-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/posts/encoding", page.QuerySelector(".post-nav a[rel=next]")!.GetAttribute("href"));

        var newest = await _client.GetDocumentAsync("/posts/first-light");
        Assert.Null(newest.QuerySelector(".post-nav a[rel=next]"));
        var oldest = await _client.GetDocumentAsync("/posts/first-light-2");
        Assert.Null(oldest.QuerySelector(".post-nav a[rel=prev]"));
    }

    [Fact]
    public async Task Related_posts_share_categories_and_tags_first_then_the_nearest_years()
    {
        var page = await _client.GetDocumentAsync("/posts/first-light");
        var related = page.QuerySelectorAll(".related li a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Equal(["Links to others", "Données ouvertes", "<script>alert('title')</script> & friends"], related);
    }

    [Fact]
    public async Task Post_shows_its_reading_time_and_links_its_tags()
    {
        var page = await _client.GetDocumentAsync("/posts/first-light");

        Assert.Equal("1 min read", page.QuerySelector(".reading-time")!.TextContent.Trim());
        Assert.Equal(["/tags/telescopes", "/tags/open-data"], page.QuerySelectorAll(".tags a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Tag_page_lists_its_posts_and_the_tag_index_counts_them()
    {
        var tag = await _client.GetDocumentAsync("/tags/telescopes");
        Assert.Equal("#telescopes", tag.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["First light", "Links to others"], tag.EntryTitles());

        var index = await _client.GetDocumentAsync("/tags");
        var rows = index.QuerySelectorAll(".term-list li").Select(li => (li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector(".count")!.TextContent.Trim()));
        Assert.Equal([("/tags/i-tag-i", "1 post"), ("/tags/open-data", "1 post"), ("/tags/telescopes", "2 posts")], rows);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/tags/no-such-tag")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/tags/telescopes?page=2")).StatusCode);
    }
}
