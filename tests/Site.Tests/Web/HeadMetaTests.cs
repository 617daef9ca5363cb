using System.Text.Json;

namespace Site.Tests.Web;

/// <summary>What a link preview, a search engine or a share button reads from a page's head.</summary>
public sealed class HeadMetaTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    private static string? Meta(AngleSharp.Html.Dom.IHtmlDocument page, string key) =>
        page.Head!.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    [Fact]
    public async Task Post_head_has_title_description_canonical_open_graph_and_twitter_card()
    {
        var page = await _client.GetDocumentAsync("/posts/first-light");

        Assert.Equal("First light · Fixture Site", page.Title);
        Assert.Equal("The first observation night of the project.", Meta(page, "description"));
        Assert.Equal(FixtureSite.BaseUrl + "/posts/first-light", page.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("First light", Meta(page, "og:title"));
        Assert.Equal("The first observation night of the project.", Meta(page, "og:description"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(FixtureSite.BaseUrl + "/posts/first-light", Meta(page, "og:url"));
        Assert.Equal(FixtureSite.BaseUrl + "/assets/img/ml-pipeline-preview.png", Meta(page, "og:image"));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
    }

    [Fact]
    public async Task Post_json_ld_is_a_blog_posting()
    {
        var page = await _client.GetDocumentAsync("/posts/first-light");
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;

        Assert.Equal("BlogPosting", root.GetProperty("@type").GetString());
        Assert.Equal("First light", root.GetProperty("headline").GetString());
        Assert.Equal(FixtureSite.BaseUrl + "/posts/first-light", root.GetProperty("url").GetString());
        Assert.Equal("2023-04-02T00:00:00+00:00", root.GetProperty("datePublished").GetString());
        Assert.Equal("Ada Author", root.GetProperty("author").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("/posts/first-light?page=7", "/posts/first-light")]
    [InlineData("/archive?page=2", "/archive")]
    [InlineData("/about?page=3", "/about")]
    public async Task A_page_that_is_no_listing_leaves_a_page_query_out_of_its_canonical_url(string url, string canonical)
    {
        var page = await _client.GetDocumentAsync(url);

        Assert.Equal(FixtureSite.BaseUrl + canonical, page.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Home_is_a_website_and_a_listing_page_keeps_its_page_in_the_canonical_url()
    {
        var home = await _client.GetDocumentAsync("/");
        using var json = JsonDocument.Parse(home.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("WebSite", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("website", Meta(home, "og:type"));
        Assert.Equal("summary", Meta(home, "twitter:card"));

        var second = await _client.GetDocumentAsync("/page/2");
        Assert.Equal(FixtureSite.BaseUrl + "/page/2", second.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var series = await _client.GetDocumentAsync("/categories/series/page/2");
        Assert.Equal(FixtureSite.BaseUrl + "/categories/series/page/2", series.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Front_matter_with_markup_is_encoded_in_meta_tags_and_json_ld()
    {
        const string title = "<script>alert('title')</script> & friends";
        var raw = await _client.GetStringAsync("/posts/encoding");
        var page = Html.Parse(raw);

        Assert.Equal(title, Meta(page, "og:title"));
        Assert.Equal("A summary with markup & an ampersand", Meta(page, "og:description"));
        var script = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(script);
        Assert.Equal(title, json.RootElement.GetProperty("headline").GetString());
        Assert.DoesNotContain("</script>", script);
        Assert.Single(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Not_found_page_claims_no_canonical_url()
    {
        var page = await _client.GetDocumentAsync("/no/such/page", expectedStatus: 404);
        Assert.Null(page.Head!.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task A_page_is_a_website_not_an_article()
    {
        var page = await _client.GetDocumentAsync("/about");
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Null(page.QuerySelector("script[type='application/ld+json']"));
    }
}

/// <summary>Sharing the seed post's URL shows its title, summary and preview image.</summary>
public sealed class SeedPostPreviewTests(SampleSite site) : IClassFixture<SampleSite>
{
    [Fact]
    public async Task Seed_post_preview_has_its_title_summary_and_absolute_image()
    {
        var page = await site.CreateClient().GetDocumentAsync("/posts/community-data-stewardship");
        string? Meta(string key) => page.Head!.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

        Assert.Equal("community data stewardship and alternatives to Big AI", Meta("og:title"));
        Assert.StartsWith("From 2022, I developed a number of projects on community data stewardship", Meta("og:description"));
        Assert.Equal("http://localhost:8080/assets/img/ml-pipeline-preview.png", Meta("og:image"));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
    }
}
