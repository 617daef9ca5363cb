using System.Xml.Linq;

namespace Site.Tests.Web;

/// <summary>The sitemap and robots.txt, read back as a crawler would.</summary>
public sealed class SitemapTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Sitemap_lists_every_published_post_page_category_and_year_with_absolute_urls()
    {
        var document = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        var entries = document.Root!.Elements(Sitemaps + "url")
            .ToDictionary(url => url.Element(Sitemaps + "loc")!.Value, url => url.Element(Sitemaps + "lastmod")?.Value);
        string Url(string path) => FixtureSite.BaseUrl + path;

        Assert.Equal("2023-04-02", entries[Url("/posts/first-light")]);
        Assert.Contains(Url("/posts/donn%C3%A9es-ouvertes"), entries.Keys);
        Assert.Contains(Url("/about"), entries.Keys);
        Assert.Contains(Url("/categories/research-notes"), entries.Keys);
        Assert.Contains(Url("/tags/telescopes"), entries.Keys);
        Assert.Contains(Url("/archive/2021"), entries.Keys);
        Assert.Equal(1 + 17 + 1 + (1 + 5) + (1 + 3) + (1 + 5), entries.Count); // home, posts, page, categories, tags, archive
        Assert.DoesNotContain(entries.Keys, url => url.Contains("draft-idea") || url.Contains("from-the-future") || url.Contains("secret"));
        Assert.All(entries.Keys, url => Assert.StartsWith(FixtureSite.BaseUrl + "/", url));
    }

    [Fact]
    public async Task Robots_allows_everything_and_points_at_the_sitemap()
    {
        var robots = await _client.GetStringAsync("/robots.txt");
        Assert.Equal($"User-agent: *\nAllow: /\nSitemap: {FixtureSite.BaseUrl}/sitemap.xml\n", robots);
    }
}
