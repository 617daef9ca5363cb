namespace Site.Tests.Web;

/// <summary>Listings show Site:PageSize posts a page (5 in the fixture site), with rel="next" and rel="prev" links.</summary>
public sealed class PagingTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Home_pages_forward_and_back_through_every_post_once()
    {
        var seen = new List<string>();
        var url = "/";
        for (var guard = 0; url is not null && guard < 10; guard++)
        {
            var page = await _client.GetDocumentAsync(url);
            seen.AddRange(page.EntryTitles());
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }

        Assert.Equal(17, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Middle_page_links_both_ways_and_first_page_has_no_prev()
    {
        var first = await _client.GetDocumentAsync("/");
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal("/?page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var second = await _client.GetDocumentAsync("/?page=2");
        Assert.Equal("/", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/?page=3", second.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var last = await _client.GetDocumentAsync("/?page=4");
        Assert.Null(last.QuerySelector("a[rel=next]"));
        Assert.Equal(["Données ouvertes", "A second file with the slug first-light"], last.EntryTitles());
    }

    [Fact]
    public async Task Category_and_archive_listings_page_too()
    {
        var series = await _client.GetDocumentAsync("/categories/series?page=3");
        Assert.Equal(["Series part 2", "Series part 1"], series.EntryTitles());
        Assert.Equal("/categories/series?page=2", series.QuerySelector("a[rel=prev]")!.GetAttribute("href"));

        var year = await _client.GetDocumentAsync("/archive/2020?page=2");
        Assert.Equal(["Series part 7", "Series part 6", "Series part 5", "Series part 4", "Series part 3"], year.EntryTitles());

        var period = await _client.GetDocumentAsync("/archive/2019-2020?page=2");
        Assert.Equal(["Series part 7", "Series part 6", "Series part 5", "Series part 4", "Series part 3"], period.EntryTitles());
        Assert.Equal("/archive/2019-2020", period.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/?page=0")]
    [InlineData("/?page=-1")]
    [InlineData("/?page=5")]
    [InlineData("/?page=abc")]
    [InlineData("/?page=99999999999999999999")]
    [InlineData("/categories/series?page=4")]
    [InlineData("/archive/2020?page=9")]
    public async Task Page_outside_the_listing_is_404(string url) =>
        await _client.GetDocumentAsync(url, expectedStatus: 404);
}
