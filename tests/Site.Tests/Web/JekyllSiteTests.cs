using System.Net;

namespace Site.Tests.Web;

/// <summary>
/// A Jekyll site's <c>_config.yml</c>, <c>_posts/</c>, <c>_drafts/</c>, <c>_includes/</c>, assets and About page copied
/// as they are into the posts folder (Fixtures/jekyll-site), with nothing else set: what its readers reach, its Liquid run.
/// </summary>
public sealed class JekyllSiteTests(JekyllSiteTests.Site site) : IClassFixture<JekyllSiteTests.Site>
{
    public sealed class Site() : SiteFactory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jekyll-site"));

    private static readonly string[] Published = ["/posts/welcome-to-jekyll", "/posts/field-season", "/posts/data-release", "/posts/pi-day-at-the-lab"];

    [Fact]
    public async Task Its_config_names_the_site_and_its_author()
    {
        var home = await site.CreateClient().GetDocumentAsync("/");

        Assert.StartsWith("Field Notes", home.Title);
        Assert.Contains("Rosa Lind", home.QuerySelector("footer")!.TextContent);
        Assert.Equal("https://fieldnotes.example/", home.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Every_post_jekyll_publishes_is_served_and_listed_and_no_other()
    {
        var client = site.CreateClient();

        foreach (var url in Published.Append("/about"))
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK, $"{url} is not served");
        foreach (var url in new[] { "/posts/not-ready", "/posts/next-century", "/posts/next-season" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(["Data release: three seasons", "The 2021 field season", "Welcome to Jekyll!", "Pi Day at the lab"],
            (await client.GetDocumentAsync("/")).EntryTitles().Select(title => title.Replace('\u201C', '"').Replace('\u201D', '"')));
    }

    [Theory]
    [InlineData("/jekyll/update/2019/03/02/welcome-to-jekyll.html", "/posts/welcome-to-jekyll")]
    [InlineData("/fieldwork/2021/06/10/field-season.html", "/posts/field-season")]
    [InlineData("/field-season/", "/posts/field-season")]
    [InlineData("/field-season/index.html", "/posts/field-season")]
    [InlineData("/2021/fieldwork.html", "/posts/field-season")]
    [InlineData("/2021/fieldwork", "/posts/field-season")]
    [InlineData("/data/release-2022/index.html", "/posts/data-release")]
    [InlineData("/data/release-2022/", "/posts/data-release")]
    [InlineData("/data/2022/01/15/data-release.html", "/posts/data-release")]
    [InlineData("/about/", "/about")]
    [InlineData("/lab/2015/03/14/pi-day-at-the-lab.html", "/posts/pi-day-at-the-lab")]
    public async Task Every_address_the_old_site_had_answers_301_to_its_post(string oldUrl, string url)
    {
        using var response = await site.CreateNonRedirectingClient().GetAsync(oldUrl);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(url, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Every_image_and_file_a_post_links_to_answers_200()
    {
        var client = site.CreateClient();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var url in Published.Append("/about"))
        {
            var page = await client.GetDocumentAsync(url);
            linked.UnionWith(page.QuerySelectorAll("article img[src]").Select(img => img.GetAttribute("src")!));
            linked.UnionWith(page.QuerySelectorAll("article a[href^='/assets/']").Select(a => a.GetAttribute("href")!));
            linked.UnionWith(page.Head!.QuerySelectorAll("meta[property='og:image']").Select(meta => new Uri(meta.GetAttribute("content")!).AbsolutePath));
        }

        Assert.Equal(["/assets/files/dataset.csv", "/assets/img/lab.png", "/assets/img/map.png", "/assets/img/transect.png", "/wp-content/uploads/2015/03/pie-300x200.png"],
            linked.Order(StringComparer.Ordinal));
        foreach (var path in linked)
            Assert.True((await client.GetAsync(path)).StatusCode == HttpStatusCode.OK, $"{path} is not served");
    }

    [Fact]
    public async Task Its_liquid_runs_as_in_jekyll_with_the_configs_values_its_includes_and_highlighted_code()
    {
        var client = site.CreateClient();

        var about = (await client.GetDocumentAsync("/about")).QuerySelector("article")!;
        var links = about.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Rosa Lind", "mailto:rosa@fieldnotes.example"), ("rosalind", "https://github.com/rosalind"), ("feed", "/feed.xml")], links);
        Assert.Equal("Subscribe to the feed.", about.QuerySelector("p.signup")!.TextContent);

        var code = (await client.GetDocumentAsync("/posts/welcome-to-jekyll")).QuerySelector("article pre.highlight > code.language-ruby")!;
        Assert.StartsWith("def print_hi(name)\n  puts \"Hi, #{name}\"", code.TextContent, StringComparison.Ordinal);
        Assert.Contains(code.QuerySelectorAll("span[class]"), span => span.ClassName!.StartsWith('k') && span.TextContent == "def");
    }

    [Fact]
    public async Task A_wordpress_post_jekyll_import_wrote_as_html_is_served_as_written_its_image_resolved_as_a_markdown_posts()
    {
        var client = site.CreateClient();
        var written = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jekyll-site", "_posts", "2015-03-14-pi-day-at-the-lab.html"));

        var page = await client.GetDocumentAsync("/posts/pi-day-at-the-lab");
        var html = await client.GetStringAsync("/posts/pi-day-at-the-lab");

        // As written: the indented line no code block, its stars and straight quotes kept, its blank lines no new paragraphs.
        Assert.Contains("""
            <p>Its circumference over its diameter came out at 3.1 -- near enough for "a pie".</p>

                <p>Recipe: flour, butter, *lots* of apples.</p>
            """, html, StringComparison.Ordinal);
        Assert.Contains(written[written.IndexOf("<p>Next year", StringComparison.Ordinal)..].Replace("\">more", "\" rel=\"noopener\">more", StringComparison.Ordinal).TrimEnd(), html, StringComparison.Ordinal);
        var body = page.QuerySelector("article .post-body")!;
        Assert.Empty(body.QuerySelectorAll("pre, code"));
        Assert.Equal(5, body.QuerySelectorAll("p").Length);
        var image = Assert.Single(body.QuerySelectorAll("img"));
        Assert.Equal("/wp-content/uploads/2015/03/pie-300x200.png", image.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(image.GetAttribute("src"))).StatusCode);
        Assert.Equal("We baked a pie for Pi Day, and measured it before anyone had a slice.", page.Head!.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(["lab"], page.QuerySelectorAll("article a[href^='/categories/']").Select(a => a.TextContent.Trim()));
    }

    [Theory]
    [InlineData("/_posts/2015-03-14-pi-day-at-the-lab.html")]
    [InlineData("/_config.yml")]
    [InlineData("/_includes/signup.html")]
    [InlineData("/_posts/2021-06-10-field-season.md")]
    [InlineData("/_drafts/next-season.md")]
    [InlineData("/Gemfile")]
    [InlineData("/assets/css/style.scss")]
    public async Task What_only_jekylls_build_reads_is_not_served(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync(path)).StatusCode);
    }
}
