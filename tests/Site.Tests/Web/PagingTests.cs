using System.Net;

namespace Site.Tests.Web;

/// <summary>
/// Listings show Site:PageSize posts a page (5 in the fixture site), with rel="next" and rel="prev" links; page N is at
/// the listing's address and /page/N, a path a static copy of the site has a file for.
/// </summary>
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
        Assert.Equal("/page/2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var second = await _client.GetDocumentAsync("/page/2");
        Assert.Equal("/", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("Home", second.QuerySelector(".site-nav a[aria-current=page]")?.TextContent);
        Assert.Equal("/page/3", second.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var last = await _client.GetDocumentAsync("/page/4");
        Assert.Null(last.QuerySelector("a[rel=next]"));
        Assert.Equal(["Données ouvertes", "A second file with the slug first-light"], last.EntryTitles());
    }

    [Fact]
    public async Task Category_and_archive_listings_page_too()
    {
        var series = await _client.GetDocumentAsync("/categories/series/page/3");
        Assert.Equal(["Series part 2", "Series part 1"], series.EntryTitles());
        Assert.Equal("/categories/series/page/2", series.QuerySelector("a[rel=prev]")!.GetAttribute("href"));

        var year = await _client.GetDocumentAsync("/archive/2020/page/2");
        Assert.Equal(["Series part 7", "Series part 6", "Series part 5", "Series part 4", "Series part 3"], year.EntryTitles());
        Assert.Equal("/archive/2020/page/3", year.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var period = await _client.GetDocumentAsync("/archive/2019-2020/page/2");
        Assert.Equal(["Series part 7", "Series part 6", "Series part 5", "Series part 4", "Series part 3"], period.EntryTitles());
        Assert.Equal("/archive/2019-2020", period.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/page/0")]
    [InlineData("/page/-1")]
    [InlineData("/page/5")]
    [InlineData("/page/abc")]
    [InlineData("/page/99999999999999999999")]
    [InlineData("/page/")]
    [InlineData("/categories/series/page/4")]
    [InlineData("/archive/2020/page/9")]
    [InlineData("/?page=0")]
    [InlineData("/?page=abc")]
    [InlineData("/?page=1&page=2")]
    [InlineData("/tags/open-data/page/2?page=2")]
    public async Task Page_outside_the_listing_is_404(string url) =>
        await _client.GetDocumentAsync(url, expectedStatus: 404);

    [Theory]
    [InlineData("/?page=2", "/page/2")]
    [InlineData("/?page=1", "/")]
    [InlineData("/?page=2&utm_source=feed", "/page/2?utm_source=feed")]
    [InlineData("/categories/series?page=3", "/categories/series/page/3")]
    [InlineData("/archive/2019-2020?page=2", "/archive/2019-2020/page/2")]
    [InlineData("/tags/open-data?page=1", "/tags/open-data")]
    [InlineData("/page/1", "/")]
    [InlineData("/page/02", "/page/2")]
    [InlineData("/categories/series/page/1", "/categories/series")]
    [InlineData("/Categories/Series/Page/2/", "/categories/series/page/2")]
    public async Task Other_addresses_of_a_listing_page_redirect_permanently_to_its_own(string url, string canonical)
    {
        using var response = await site.CreateNonRedirectingClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_page_query_on_a_page_that_is_no_listing_changes_nothing()
    {
        using var response = await site.CreateNonRedirectingClient().GetAsync("/posts/first-light?page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
