using System.Net;
using System.Xml.Linq;

namespace Site.Tests.Web;

/// <summary>
/// A site whose <c>Site:BaseUrl</c> has a path (<c>https://example.test/blog</c>) is served under it alone: every page,
/// file, feed and redirect there, every link it writes there (its own and those of post bodies, whether the author wrote
/// <c>/posts/x</c> or <c>{{ site.baseurl }}/posts/x</c>), and nothing of it at the host's root but a redirect to it and
/// <c>/healthz</c>. (Site.Tests.UnderPath runs the whole HTTP suite so; these tests look at the path itself.)
/// </summary>
public sealed class BasePathTests(BasePathTests.Site site) : IClassFixture<BasePathTests.Site>
{
    public const string BaseUrl = "https://example.test/blog";

    public sealed class Site : SiteFactory
    {
        private readonly TempPostsFolder _folder;

        public Site() : this(Write(new TempPostsFolder()))
        {
        }

        private Site(TempPostsFolder folder) : base(folder.PostsPath, settings: new Dictionary<string, string> { ["Site:BaseUrl"] = BaseUrl }) => _folder = folder;

        private static TempPostsFolder Write(TempPostsFolder folder)
        {
            folder.Post("2024-01-01-target.md", "title: Target\nredirect_from: /old-target/\nimage: /assets/target.png");
            folder.Post("2024-02-01-linker.md", "title: Linker", """
                [as written](/posts/target), [with the base]({{ site.baseurl }}/posts/target),
                [relative_url]({{ "/posts/target" | relative_url }}), [post_url]({% post_url 2024-01-01-target %}),
                [a file](../assets/target.png) and <a href="/posts/target#top">raw HTML</a>,
                [base and post_url]({{ site.baseurl }}{% post_url 2024-01-01-target %}), <a href="{{ site.baseurl }}{% link 2024-01-01-target.md %}">base and link</a>,
                [whole]({{ site.url }}{{ site.baseurl }}{% post_url 2024-01-01-target %}).
                """);
            return folder;
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            _folder.Dispose();
        }
    }

    private readonly HttpClient _client = site.CreateNonRedirectingClient();

    [Theory]
    [InlineData("/posts/target")]
    [InlineData("/feed.xml")]
    [InlineData("/css/site.css")]
    [InlineData("/robots.txt")]
    public async Task Nothing_of_the_site_answers_at_the_root(string path)
    {
        using var outside = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        var page = Html.Parse(await outside.Content.ReadAsStringAsync());
        Assert.Equal("/blog/", page.QuerySelector(".not-found a")!.GetAttribute("href"));
        Assert.StartsWith("/blog/css/site", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), StringComparison.Ordinal);

        using var inside = await _client.GetAsync("/blog" + path);
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
    }

    [Theory]
    [InlineData("/", HttpStatusCode.Found, "/blog/")]
    [InlineData("/?utm_source=x", HttpStatusCode.Found, "/blog/?utm_source=x")]
    [InlineData("/blog", HttpStatusCode.MovedPermanently, "/blog/")]
    [InlineData("/BLOG/posts/target", HttpStatusCode.MovedPermanently, "/blog/posts/target")]
    [InlineData("/blog/posts/Target", HttpStatusCode.MovedPermanently, "/blog/posts/target")]
    [InlineData("/blog/old-target/", HttpStatusCode.MovedPermanently, "/blog/posts/target")]
    [InlineData("/blog/page/1", HttpStatusCode.MovedPermanently, "/blog/")]
    [InlineData("/blog/?page=1", HttpStatusCode.MovedPermanently, "/blog/")]
    public async Task Redirects_stay_under_the_path(string path, HttpStatusCode status, string location)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/blog/healthz")]
    public async Task Health_answers_at_the_root_too_for_probes_that_do_not_know_the_path(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_body_link_comes_out_under_the_path_however_the_author_wrote_it()
    {
        var linker = await _client.GetDocumentAsync("/blog/posts/linker");

        var hrefs = linker.QuerySelectorAll(".post-body a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/blog/posts/target", "/blog/posts/target", "/blog/posts/target", "/blog/posts/target", "/blog/assets/target.png", "/blog/posts/target#top",
            "/blog/posts/target", "/blog/posts/target", "/blog/posts/target"], hrefs);
        // Each was read as the post it names.
        var target = await _client.GetDocumentAsync("/blog/posts/target");
        Assert.Equal("/blog/posts/linker", target.QuerySelector(".linked-from a")!.GetAttribute("href"));
        Assert.Equal("/blog/assets/target.png", target.QuerySelector(".post-image img")!.GetAttribute("src"));
        Assert.Equal(BaseUrl + "/assets/target.png", target.Head!.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task The_pages_own_links_are_under_the_path()
    {
        var home = await _client.GetDocumentAsync("/blog/");

        Assert.Equal(BaseUrl + "/", home.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var stylesheet = home.Head.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.StartsWith("/blog/css/site", stylesheet, StringComparison.Ordinal);
        using var css = await _client.GetAsync(stylesheet);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("/blog/feed.xml", home.Head.QuerySelector("link[rel=alternate]")!.GetAttribute("href"));
        Assert.Equal("/blog/opensearch.xml", home.Head.QuerySelector("link[rel=search]")!.GetAttribute("href"));
        Assert.Equal("/blog/search", home.QuerySelector("form.site-search")!.GetAttribute("action"));
        Assert.Equal(["/blog/", "/blog/categories", "/blog/archive"], home.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/blog/posts/linker", "/blog/posts/target"], home.QuerySelectorAll(".entry h2 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Robots_opensearch_and_feed_name_the_site_under_its_path()
    {
        Assert.Equal($"User-agent: *\nAllow: /\nSitemap: {BaseUrl}/sitemap.xml\n", await _client.GetStringAsync("/blog/robots.txt"));

        var opensearch = XDocument.Parse(await _client.GetStringAsync("/blog/opensearch.xml"));
        Assert.Contains(opensearch.Descendants().Where(e => e.Name.LocalName == "Url"), url => url.Attribute("template")!.Value == BaseUrl + "/search?q={searchTerms}");

        var feed = await _client.GetStringAsync("/blog/feed.xml");
        Assert.Contains($"href=\"{BaseUrl}/posts/target\"", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("/blog/blog", feed, StringComparison.Ordinal);
    }
}
