
namespace Site.Content.Tests.Rendering;

public class LinkResolverTests
{
    private static readonly LinkResolver Resolver = new(new Dictionary<string, string>
    {
        ["2023-01-01-x.md"] = "/posts/x",
        ["about.md"] = "/about",
    });

    [Theory]
    [InlineData("../assets/img/x.png", "/assets/img/x.png")]
    [InlineData("../../assets/img/x.png", "/assets/img/x.png")]
    [InlineData("./assets/img/x.png", "/assets/img/x.png")]
    [InlineData("assets/img/x.png", "/assets/img/x.png")]
    [InlineData("assets/doc.pdf?download=1#p2", "/assets/doc.pdf?download=1#p2")]
    public void Relative_paths_are_served_from_the_site_root(string written, string expected)
    {
        Assert.Equal(expected, Resolver.Resolve(written));
    }

    [Theory]
    [InlineData("2023-01-01-x.md", "/posts/x")]
    [InlineData("../_posts/2023-01-01-x.md", "/posts/x")]
    [InlineData("./2023-01-01-x.md", "/posts/x")]
    [InlineData("2023-01-01-x.md#part-two", "/posts/x#part-two")]
    [InlineData("about.md", "/about")]
    public void A_link_to_a_known_post_file_becomes_its_url(string written, string expected)
    {
        Assert.Equal(expected, Resolver.Resolve(written));
    }

    [Theory]
    [InlineData("/assets/img/trip", "/assets/img/trip/map.png")]
    [InlineData("https://cdn.example/trip/", "https://cdn.example/trip/map.png")]
    [InlineData("javascript:alert(14)//", "/map.png")]
    [InlineData("data:text/html,<script>alert(1)</script>", "/map.png")]
    public void A_media_path_starts_a_relative_image_only_where_it_gives_a_path_or_an_http_url(string mediaPath, string expected)
    {
        Assert.Equal(expected, Resolver.For("_posts/2024-07-14-trip.md", mediaPath).ResolveMedia("map.png"));
    }

    [Fact]
    public void A_link_to_an_unknown_post_file_is_resolved_as_a_path()
    {
        Assert.Equal("/_posts/2020-01-01-gone.md", Resolver.Resolve("../_posts/2020-01-01-gone.md"));
    }

    [Theory]
    [InlineData("https://example.org/a?b=1&c=2")]
    [InlineData("http://example.org")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("/assets/img/x.png")]
    [InlineData("#section")]
    [InlineData("?page=2")]
    [InlineData("")]
    public void Urls_site_paths_and_fragments_stay_as_written(string written)
    {
        Assert.Equal(written, Resolver.Resolve(written));
    }

    [Theory]
    [InlineData(@"\\evil.example\x.png", "//evil.example/x.png")]
    [InlineData(@"/\evil.example/x.png", "//evil.example/x.png")]
    [InlineData(@"\/evil.example/x.png", "//evil.example/x.png")]
    [InlineData(@"assets\img\x.png?q=a\b", "/assets/img/x.png?q=a\\b")]
    public void A_backslash_in_a_path_is_read_as_browsers_read_it(string written, string expected)
    {
        var resolved = Resolver.Resolve(written);

        Assert.Equal(expected, resolved);
        Assert.Equal(expected.StartsWith("//", StringComparison.Ordinal), LinkResolver.IsExternal(resolved));
    }

    [Theory]
    [InlineData(@"![x](\\\\evil.example\\x.png)")]
    [InlineData(@"[x](/\\evil.example/x.png)")]
    [InlineData(@"<img src=""/\evil.example/x.png"" alt=""x"">")]
    [InlineData(@"<a href=""\\evil.example\x"">x</a>")]
    public void A_body_link_with_backslashes_is_no_site_path(string markdown)
    {
        var html = BodyPipeline.Default.Render(markdown, new BodyContext(Resolver)).Html;

        Assert.DoesNotContain("\\", html, StringComparison.Ordinal);
        Assert.Contains("\"//evil.example/x", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("HTTP://EXAMPLE.ORG", true)]
    [InlineData("//cdn.example.org", true)]
    [InlineData("/posts/x", false)]
    [InlineData("mailto:a@b.c", false)]
    [InlineData("#top", false)]
    public void External_links_are_those_that_leave_the_site(string url, bool external)
    {
        Assert.Equal(external, LinkResolver.IsExternal(url));
    }

    [Theory]
    [InlineData("photo.jpg", "/2023/trip/photo.jpg")]
    [InlineData("./photo.jpg#top", "/2023/trip/photo.jpg#top")]
    [InlineData("img/map%20large.png", "/2023/trip/img/map%20large.png")]
    [InlineData("../shared.png", "/2023/shared.png")]
    [InlineData("assets/logo.png", "/assets/logo.png")]
    [InlineData("../../../../logo.png", "/logo.png")]
    [InlineData("missing.png", "/missing.png")]
    public void A_relative_path_names_a_file_beside_the_post_first_then_one_from_the_root(string written, string expected)
    {
        var files = new StaticFiles(["/2023/trip/photo.jpg", "/2023/trip/img/map large.png", "/2023/shared.png", "/assets/logo.png", "/logo.png"]);
        var resolver = new LinkResolver(new Dictionary<string, string>(), files: files).For("2023/trip/index.md");

        Assert.Equal(expected, resolver.Resolve(written));
    }

    [Fact]
    public void A_post_at_the_top_of_the_folder_resolves_from_the_root()
    {
        var resolver = new LinkResolver(new Dictionary<string, string>(), files: new StaticFiles(["/photo.jpg"])).For("index.md");
        Assert.Equal("/photo.jpg", resolver.Resolve("photo.jpg"));
    }

    [Theory]
    [InlineData("/assets/../img/x.png", "/img/x.png")]
    [InlineData("/assets/./img/x.png?v=2#top", "/assets/img/x.png?v=2#top")]
    [InlineData("assets/img/../../logo.png", "/logo.png")]
    [InlineData("/../../logo.png", "/logo.png")]
    [InlineData("/docs/..", "/")]
    [InlineData("/.well-known/keybase.txt", "/.well-known/keybase.txt")]
    [InlineData("/assets/%2e%2e/img/x.png", "/img/x.png")]
    [InlineData("/assets/.%2E/%2e/img/x.png", "/img/x.png")]
    public void Dot_segments_are_taken_out_as_a_browser_takes_them_out(string written, string expected)
    {
        Assert.Equal(expected, Resolver.Resolve(written));
    }

    [Theory]
    [InlineData("https://new.example/assets/x.png", "/assets/x.png")]
    [InlineData("http://NEW.example/posts/x?a=1#part", "/posts/x?a=1#part")]
    [InlineData("https://new.example", "/")]
    [InlineData("https://user.github.io/blog/assets/x.png", "/assets/x.png")]
    [InlineData("http://user.github.io/blog/2020/01/07/old-post.html", "/posts/old")]
    [InlineData("https://user.github.io/blog", "/")]
    [InlineData("https://user.github.io/other/x.png", "https://user.github.io/other/x.png")]
    [InlineData("https://new.example/other-project/", "https://new.example/other-project/")]
    [InlineData("https://user.github.io/blog/assets/gone.png", "https://user.github.io/blog/assets/gone.png")]
    [InlineData("https://user.github.io/blogroll", "https://user.github.io/blogroll")]
    [InlineData("https://new.example:8443/assets/x.png", "https://new.example:8443/assets/x.png")]
    [InlineData("https://elsewhere.example/assets/x.png", "https://elsewhere.example/assets/x.png")]
    public void An_absolute_url_of_the_site_or_of_the_old_site_names_a_site_path_where_the_site_answers(string written, string expected)
    {
        var resolver = new LinkResolver(
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["/2020/01/07/old-post.html"] = "/posts/old" },
            files: new StaticFiles(["/assets/x.png"]),
            ownAddresses: new OwnAddresses(["https://new.example", "https://user.github.io/blog", null, "not a url"]));

        Assert.Equal(expected, resolver.Resolve(written));
    }

    [Fact]
    public void A_site_path_under_the_base_path_has_its_dot_segments_taken_out_first()
    {
        var resolver = new LinkResolver(new Dictionary<string, string>(), basePath: "/blog");

        Assert.Equal("/x", resolver.Resolve("/blog/a/../x"));
        Assert.Equal("/x", resolver.Resolve("/blog/../x"));
    }
}
