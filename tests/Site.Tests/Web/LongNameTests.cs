using System.Net;
using System.Xml.Linq;

namespace Site.Tests.Web;

/// <summary>Names an author may write that no server would take as an address: the site never links to a URL it refuses.</summary>
public sealed class LongNameTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_ten_thousand_character_tag_or_category_gets_an_address_that_answers()
    {
        var endless = string.Join(' ', Enumerable.Repeat("stewardship", 900));
        _folder.Post("2024-01-01-long.md", $"title: Long names\ncategory: {endless}\ntags: [\"{endless}\", \"..\"]");
        using var site = new SiteFactory(_folder.PostsPath);
        using var client = site.CreateClient();

        var post = await client.GetDocumentAsync("/posts/long");
        var links = post.QuerySelectorAll(".post-meta a.category, .tags a").Select(a => a.GetAttribute("href")!).ToList();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(loc => new Uri(loc.Value).PathAndQuery);

        Assert.Equal(2, links.Count);
        foreach (var url in links.Concat(sitemap))
        {
            Assert.True(url.Length < 300, $"{url.Length} characters: {url[..Math.Min(80, url.Length)]}...");
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Contains(site.Logs, line => line.Contains("tag '..' dropped", StringComparison.Ordinal));
    }
}
