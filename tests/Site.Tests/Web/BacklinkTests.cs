namespace Site.Tests.Web;

/// <summary>
/// Links between posts, however a Jekyll author wrote them, reach the right post, and the post linked to lists
/// "Linked from" with each post that links to it.
/// </summary>
public sealed class BacklinkTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Every_way_of_linking_to_a_post_renders_as_a_link_to_it()
    {
        var page = await _client.GetDocumentAsync("/posts/links-to-others");
        var links = page.QuerySelectorAll(".post-body a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));

        Assert.Equal("/posts/first-light", links["Jekyll URL"]);
        Assert.Equal("/posts/part-1", links["post_url"]);
        Assert.Equal("/posts/part-2", links["file"]);
        Assert.Equal("/posts/part-3", links["site path"]);
        Assert.Equal("/posts/part-4", links["raw HTML"]);
    }

    [Fact]
    public async Task Liquid_that_cannot_run_and_liquid_in_raw_show_as_written()
    {
        var page = await _client.GetDocumentAsync("/posts/links-to-others");
        var body = page.QuerySelector(".post-body")!;

        Assert.Contains("{% include note.html %}", body.TextContent);
        Assert.Equal("{% post_url 2020-01-01-part-1 %}", body.QuerySelector("code")!.TextContent);
        Assert.Contains(site.Logs, line => line.StartsWith("Warning: 2021-03-03-links-to-others.md:15:49: warning:", StringComparison.Ordinal) && line.Contains("Liquid '{% include note.html %}' names no file _includes/note.html"));
    }

    [Theory]
    [InlineData("/posts/first-light", "Links to others")]
    [InlineData("/posts/part-1", "Links to others")]
    [InlineData("/posts/part-4", "Links to others")]
    [InlineData("/posts/données-ouvertes", "First light")]
    public async Task Linked_post_lists_the_posts_that_link_to_it(string url, string linkingTitle)
    {
        var page = await _client.GetDocumentAsync(url);
        var linkedFrom = page.QuerySelectorAll(".linked-from li a").Select(a => a.TextContent.Trim());
        Assert.Equal([linkingTitle], linkedFrom);
    }

    [Fact]
    public async Task Post_nobody_links_to_has_no_linked_from_section()
    {
        var page = await _client.GetDocumentAsync("/posts/part-5");
        Assert.Null(page.QuerySelector(".linked-from"));
    }
}
