using System.Net;
using System.Text.RegularExpressions;

namespace Site.Tests.Web;

/// <summary>The site owner's own post, among the sample posts, served with the default settings.</summary>
public sealed partial class SeedPostTests(SampleSite site) : IClassFixture<SampleSite>
{
    private const string SeedUrl = "/posts/community-data-stewardship";

    private static string SeedSource() =>
        File.ReadAllText(Path.Combine(SiteFactory.SamplePostsPath, "2024-03-12-community-data-stewardship.md"));

    [Fact]
    public async Task Seed_post_page_carries_every_link_and_image_of_its_source()
    {
        var page = await site.CreateClient().GetDocumentAsync(SeedUrl);
        var source = SeedSource();
        var written = HtmlAttributeUrl().Matches(source).Select(m => m.Groups[1].Value)
            .Concat(MarkdownUrl().Matches(source).Select(m => m.Groups[1].Value))
            .ToList();
        var rendered = page.QuerySelectorAll(".post-body a[href]").Select(a => a.GetAttribute("href"))
            .Concat(page.QuerySelectorAll(".post-body img[src]").Select(img => img.GetAttribute("src")))
            .ToHashSet();

        Assert.Equal(9, written.Count);
        Assert.All(written, url => Assert.Contains(WebUtility.HtmlDecode(url), rendered));
        Assert.Contains("redir_token=QUFFLUhqa2pCdi1UcXNTa1NRRWlLblNrd2tJOHBXLThRUXxBQ3Jtc0tsRDNwWFNIUGdqX1pGVlR2X0ZlaUQ5OEE1YUJ3OUR0cHQtLVVPazRWQnh1OGs3QkdFaTlPelB0SGw4XzA0bkxSbzZJUmFicm5ZQ0JlTHZ5WkFmTWlnWXVRZzRTNUpuVkUxMm9qTHBhaXhhQzZodmtWbw&q=https%3A%2F%2Fmiro.com", string.Join(" ", rendered));
    }

    [Fact]
    public async Task Seed_post_shows_its_title_range_category_and_preview_image()
    {
        var page = await site.CreateClient().GetDocumentAsync(SeedUrl);

        Assert.Equal("community data stewardship and alternatives to Big AI", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Years: 2022 – 2024", page.QuerySelector(".post-header .years")!.TextContent.Trim());
        Assert.Equal("/categories/blog", page.QuerySelector(".post-header a.category")!.GetAttribute("href"));
        Assert.Equal("/assets/img/ml-pipeline-preview.png", page.QuerySelector(".post-image img")!.GetAttribute("src"));
        Assert.Equal("https://hackmd.io/_uploads/HJpzmYnWZg.jpg", page.QuerySelector(".post-body img")!.GetAttribute("src"));
        Assert.Equal(["The Turing Way", "The Turing Way"], page.QuerySelectorAll(".post-body em").Select(e => e.TextContent));
        Assert.Equal("community data stewardship", page.QuerySelector(".post-body strong")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll(".post-body ol > li").Length);
        Assert.All(page.QuerySelectorAll(".post-body a[href^='https://']"), a => Assert.Contains("noopener", a.GetAttribute("rel")));
    }

    [Fact]
    public async Task Repository_site_serves_its_sample_posts_and_about_page()
    {
        var client = site.CreateClient();
        var home = await client.GetDocumentAsync("/");

        Assert.Contains("community data stewardship and alternatives to Big AI", home.EntryTitles());
        Assert.DoesNotContain(site.Logs, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Warning: ", StringComparison.Ordinal) && line.Contains(".md"));
        await client.GetDocumentAsync("/about");
    }

    [GeneratedRegex("""(?:href|src)="([^"]+)""")]
    private static partial Regex HtmlAttributeUrl();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex MarkdownUrl();
}
