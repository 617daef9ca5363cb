using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

public class AbsoluteLinksTests
{
    private static readonly Uri SiteUrl = new("https://example.org/");

    private static IDocument Rewrite(string html) => new HtmlParser().ParseDocument(AbsoluteLinks.Rewrite(html, SiteUrl));

    [Fact]
    public void Site_paths_in_links_and_images_become_absolute()
    {
        var document = Rewrite("""<p><a href="/posts/x">x</a> <img src="/assets/img/a.png" alt="a"></p>""");

        Assert.Equal("https://example.org/posts/x", document.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("https://example.org/assets/img/a.png", document.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("a", document.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public void A_site_served_under_a_path_keeps_it_once()
    {
        // The body of a site under /blog already writes its links under it.
        var html = AbsoluteLinks.Rewrite("""<a href="/blog/posts/x">x</a>""", new Uri("https://x.example/blog/"));

        Assert.Equal("https://x.example/blog/posts/x", new HtmlParser().ParseDocument(html).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Query_and_fragment_of_a_site_path_are_kept()
    {
        var document = Rewrite("""<a href="/archive?page=2&amp;x=1#top">a</a>""");

        Assert.Equal("https://example.org/archive?page=2&x=1#top", document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_non_ascii_path_stays_the_same_url()
    {
        var document = Rewrite("""<a href="/posts/donn%C3%A9es">d</a>""");

        Assert.Equal("https://example.org/posts/donn%C3%A9es", document.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("https://other.org/x")]
    [InlineData("//cdn.example.net/x.js")]
    [InlineData("#footnote-1")]
    [InlineData("mailto:me@example.org")]
    public void Other_urls_are_left_alone(string url)
    {
        var html = $"""<a href="{url}">o</a>""";

        Assert.Equal(url, Rewrite(html).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Text_and_code_that_look_like_links_are_not_touched()
    {
        var html = """<p>Write <code>&lt;a href="/posts/x"&gt;</code> for /posts/x.</p>""";

        Assert.Equal(html, AbsoluteLinks.Rewrite(html, SiteUrl));
    }

    [Fact]
    public void A_rendered_body_becomes_readable_away_from_the_site()
    {
        var resolver = new LinkResolver(new Dictionary<string, string> { ["2023-01-01-x.md"] = "/posts/x" });
        var body = BodyPipeline.Default.Render("[x](2023-01-01-x.md) and ![p](../assets/p.png) and [ext](https://other.org/)", new BodyContext(resolver)).Html;

        var document = Rewrite(body);

        Assert.Equal(
            ["https://example.org/posts/x", "https://other.org/"],
            document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("https://example.org/assets/p.png", document.QuerySelector("img")!.GetAttribute("src"));
    }
}
