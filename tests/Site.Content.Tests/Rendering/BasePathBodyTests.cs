using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

/// <summary>
/// A body of a site served under a path (<c>/blog</c>): every site path it links to is written under the path, once
/// (a link the author already wrote under it, with Liquid's <c>site.baseurl</c> or <c>relative_url</c>, is not given it
/// twice), and recorded as the site path it names, without it, for backlinks and the link checker.
/// </summary>
public class BasePathBodyTests
{
    private const string Base = "/blog";

    private static readonly LinkResolver Resolver = new(
        new Dictionary<string, string> { ["2023-01-01-x.md"] = "/posts/x" },
        new Dictionary<string, string> { ["/old-x"] = "/posts/x" },
        basePath: Base);

    [Theory]
    [InlineData("/posts/x", "/posts/x")]
    [InlineData("/blog/posts/x", "/posts/x")]
    [InlineData("/BLOG/posts/x", "/posts/x")]
    [InlineData("/blog", "/")]
    [InlineData("/blog/", "/")]
    [InlineData("/blog?q=1", "/?q=1")]
    [InlineData("/blog/old-x#top", "/posts/x#top")]
    [InlineData("/blogs/x", "/blogs/x")]
    [InlineData("../assets/a.png", "/assets/a.png")]
    [InlineData("2023-01-01-x.md", "/posts/x")]
    [InlineData("https://other.example/blog/x", "https://other.example/blog/x")]
    [InlineData("#notes", "#notes")]
    public void A_link_resolves_to_the_site_path_it_names_without_the_base(string written, string resolved)
    {
        Assert.Equal(resolved, Resolver.Resolve(written));
    }

    [Theory]
    [InlineData("/posts/x", "/blog/posts/x")]
    [InlineData("/", "/blog/")]
    [InlineData("/blog", "/blog/blog")]
    [InlineData("https://other.example/x", "https://other.example/x")]
    [InlineData("//other.example/x", "//other.example/x")]
    [InlineData("#notes", "#notes")]
    public void A_resolved_url_is_written_under_the_base(string resolved, string written)
    {
        Assert.Equal(written, Resolver.Href(resolved));
    }

    [Fact]
    public void Markdown_links_images_and_raw_html_come_out_under_the_base_once()
    {
        const string markdown = """
            [a](/posts/x) [b](/blog/posts/x) [c](2023-01-01-x.md) ![d](../assets/d.png) [e](https://other.example/)

            <a href="/posts/x">f</a> <img src="/blog/assets/g.png" srcset="/assets/g.png 1x, /blog/assets/g2.png 2x" alt="g">
            """;
        var context = new BodyContext(Resolver);

        var html = BodyPipeline.Default.Render(markdown, context).Html;

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(["/blog/posts/x", "/blog/posts/x", "/blog/posts/x", "https://other.example/", "/blog/posts/x"],
            document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/blog/assets/d.png", "/blog/assets/g.png"], document.QuerySelectorAll("img").Select(img => img.GetAttribute("src")));
        Assert.Equal("/blog/assets/g.png 1x, /blog/assets/g2.png 2x", document.QuerySelector("img[srcset]")!.GetAttribute("srcset"));
        Assert.DoesNotContain(context.Links, link => link.Url.StartsWith(Base, StringComparison.Ordinal));
        Assert.Equal(4, context.Links.Count(link => link.Url == "/posts/x"));
    }

    [Fact]
    public void The_link_checker_and_backlinks_read_a_link_under_the_base_as_the_page_it_names()
    {
        using var folder = new TempPostsFolder();
        folder.Post("2024-01-01-x.md", "title: X");
        folder.Post("2024-01-02-y.md", "title: Y", "[x](/blog/posts/x) and [gone](/blog/posts/gone)\n");

        var catalog = CatalogBuilder.Build(new CatalogSource(folder.PostsPath, folder.Files, TimeZoneInfo.Utc, BasePath: Base), DateTimeOffset.UtcNow);

        var warning = Assert.Single(catalog.Diagnostics);
        Assert.Equal("broken internal link '/posts/gone': no post, page or file there", warning.Message);
        Assert.Equal(["Y"], catalog.LinkedFrom(catalog.Posts.Single(post => post.Title == "X")).Select(post => post.Title));
    }

    [Fact]
    public void A_site_at_its_hosts_root_writes_its_links_as_they_are()
    {
        var root = new LinkResolver(new Dictionary<string, string>());

        Assert.Equal("/blog/posts/x", root.Resolve("/blog/posts/x"));
        Assert.Equal("/posts/x", root.Href("/posts/x"));
    }
}
