
namespace Site.Content.Tests.Catalog;

public class PostCatalogTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static Post Make(
        string slug, DateTimeOffset? date = null, string[]? categories = null, string[]? tags = null, string[]? links = null,
        YearRange? range = null, PostLayout layout = PostLayout.Post, string[]? oldUrls = null) => new()
    {
        SourcePath = slug + ".md",
        Slug = slug,
        Title = slug.ToUpperInvariant(),
        Layout = layout,
        Date = date,
        Range = range,
        Categories = [.. (categories ?? []).Select(Term.From)],
        Tags = [.. (tags ?? []).Select(Term.From)],
        Summary = "",
        Body = new(""),
        Links = [.. (links ?? []).Select(url => new BodyLink(url, IsImage: false, 1, 1))],
        OldUrls = oldUrls ?? [],
    };

    private static DateTimeOffset Day(int year, int month = 1, int day = 1) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);

    private static PostCatalog Catalog(params Post[] posts) => new(posts, [], Now);

    private static string[] Slugs(IEnumerable<Post> posts) => [.. posts.Select(p => p.Slug)];

    // --- future posts ---

    [Fact]
    public void A_future_post_is_hidden_from_listings_categories_tags_years_and_lookups()
    {
        var future = Make("future", Now.AddMinutes(1), categories: ["later"], tags: ["soon"], oldUrls: ["/2025/06/01/future.html"]);
        var catalog = Catalog(Make("past", Day(2024), categories: ["blog"]), future);

        Assert.Equal(["past"], Slugs(catalog.Posts));
        Assert.Null(catalog.FindPost("future"));
        Assert.Null(catalog.FindCategory("later"));
        Assert.Null(catalog.FindTag("soon"));
        Assert.Equal([2024], catalog.Years.Select(y => y.Year));
        Assert.Null(catalog.FindByOldUrl("/2025/06/01/future.html"));
        Assert.Empty(catalog.InPeriod(new YearRange(2025, 2025)));
    }

    [Fact]
    public void A_post_dated_exactly_now_is_visible()
    {
        var catalog = Catalog(Make("now", Now));

        Assert.NotNull(catalog.FindPost("now"));
        Assert.Null(catalog.NextPublication);
    }

    [Fact]
    public void NextPublication_is_the_earliest_waiting_date()
    {
        var catalog = Catalog(Make("past", Day(2024)), Make("late", Now.AddDays(9)), Make("soon", Now.AddHours(2)));

        Assert.Equal(Now.AddHours(2), catalog.NextPublication);
    }

    [Fact]
    public void AsOf_a_later_moment_shows_the_posts_whose_time_has_come_everywhere()
    {
        var catalog = Catalog(
            Make("past", Day(2024), categories: ["blog"]),
            Make("soon", Now.AddHours(2), categories: ["blog", "new"], tags: ["t"], oldUrls: ["/old-soon"]),
            Make("late", Now.AddDays(9)));

        var later = catalog.AsOf(Now.AddHours(3));

        Assert.Equal(["soon", "past"], Slugs(later.Posts));
        Assert.NotNull(later.FindPost("soon"));
        Assert.Equal(["soon", "past"], Slugs(later.FindCategory("blog")!.Posts));
        Assert.NotNull(later.FindCategory("new"));
        Assert.NotNull(later.FindTag("t"));
        Assert.Equal([2025, 2024], later.Years.Select(y => y.Year));
        Assert.Same(later.FindPost("soon"), later.FindByOldUrl("/old-soon"));
        Assert.Equal(Now.AddDays(9), later.NextPublication);
        Assert.Equal(Now.AddHours(3), later.Now);
        Assert.Equal(Now, later.BuiltAt);
        // The earlier catalog is unchanged.
        Assert.Equal(["past"], Slugs(catalog.Posts));
    }

    [Fact]
    public void AsOf_after_the_last_waiting_post_has_no_next_publication()
    {
        var later = Catalog(Make("soon", Now.AddHours(2))).AsOf(Now.AddDays(1));

        Assert.Null(later.NextPublication);
        Assert.Single(later.Posts);
    }

    [Fact]
    public void A_future_page_is_hidden_until_its_date()
    {
        var catalog = Catalog(Make("about", Now.AddHours(1), layout: PostLayout.Page));

        Assert.Null(catalog.FindPage("about"));
        Assert.NotNull(catalog.AsOf(Now.AddHours(1)).FindPage("about"));
    }

    [Fact]
    public void Undated_posts_are_always_visible()
    {
        var catalog = Catalog(Make("undated", range: new YearRange(2030, 2031)));

        Assert.NotNull(catalog.FindPost("undated"));
        Assert.Null(catalog.NextPublication);
    }

    // --- older / newer ---

    [Fact]
    public void Older_and_newer_follow_the_listing_order_and_stop_at_both_ends()
    {
        var catalog = Catalog(Make("b", Day(2022)), Make("c", Day(2023)), Make("a", Day(2021)));
        var a = catalog.FindPost("a")!;
        var b = catalog.FindPost("b")!;
        var c = catalog.FindPost("c")!;

        Assert.Same(a, catalog.Older(b));
        Assert.Same(c, catalog.Newer(b));
        Assert.Null(catalog.Older(a));
        Assert.Same(b, catalog.Newer(a));
        Assert.Null(catalog.Newer(c));
        Assert.Same(b, catalog.Older(c));
    }

    [Fact]
    public void The_newest_visible_post_has_no_newer_one_while_a_future_post_waits()
    {
        var catalog = Catalog(Make("old", Day(2023)), Make("current", Day(2024)), Make("future", Now.AddDays(1)));

        Assert.Null(catalog.Newer(catalog.FindPost("current")!));
        Assert.Equal("future", catalog.AsOf(Now.AddDays(2)).Newer(catalog.FindPost("current")!)?.Slug);
    }

    [Fact]
    public void A_single_post_has_neither_older_nor_newer()
    {
        var catalog = Catalog(Make("only", Day(2023)));
        var only = catalog.FindPost("only")!;

        Assert.Null(catalog.Older(only));
        Assert.Null(catalog.Newer(only));
    }

    // --- related ---

    [Fact]
    public void Related_puts_shared_categories_and_tags_first_then_nearest_years_then_newest()
    {
        var post = Make("post", Day(2020), categories: ["research"], tags: ["data", "ethics"]);
        var catalog = Catalog(
            post,
            Make("two-shared", Day(2010), categories: ["research"], tags: ["data"]),
            Make("one-shared", Day(2012), tags: ["ethics"]),
            Make("none-near", Day(2021)),
            Make("none-far", Day(2024)),
            Make("none-undated"));

        Assert.Equal(["two-shared", "one-shared", "none-near"], Slugs(catalog.Related(catalog.FindPost("post")!)));
        Assert.Equal(["two-shared", "one-shared", "none-near", "none-far", "none-undated"], Slugs(catalog.Related(catalog.FindPost("post")!, count: 10)));
    }

    [Fact]
    public void Related_with_equal_terms_and_years_prefers_the_newest()
    {
        var catalog = Catalog(
            Make("post", range: new YearRange(2018, 2022)),
            Make("older", Day(2019, 1, 1)),
            Make("newer", Day(2021, 1, 1)));

        Assert.Equal(["newer", "older"], Slugs(catalog.Related(catalog.FindPost("post")!)));
    }

    [Fact]
    public void Related_gives_at_most_three_and_never_the_post_itself()
    {
        var posts = Enumerable.Range(1, 6).Select(i => Make("p" + i, Day(2010 + i), categories: ["same"])).ToArray();
        var catalog = Catalog(posts);
        var p3 = catalog.FindPost("p3")!;

        var related = catalog.Related(p3);

        Assert.Equal(3, related.Count);
        Assert.DoesNotContain(related, p => p.Slug == "p3");
        Assert.Equal(["p4", "p2", "p5"], Slugs(related));
    }

    [Fact]
    public void Related_leaves_out_future_posts()
    {
        var catalog = Catalog(Make("post", Day(2024), tags: ["t"]), Make("future", Now.AddDays(1), tags: ["t"]), Make("other", Day(2010)));

        Assert.Equal(["other"], Slugs(catalog.Related(catalog.FindPost("post")!)));
    }

    [Fact]
    public void Related_of_the_only_post_is_empty()
    {
        var catalog = Catalog(Make("only", Day(2020), tags: ["t"]));

        Assert.Empty(catalog.Related(catalog.FindPost("only")!));
    }

    // --- linked from ---

    [Fact]
    public void LinkedFrom_lists_each_linking_post_once_newest_first_whatever_the_spelling()
    {
        var target = Make("données", Day(2020));
        var catalog = Catalog(
            target,
            Make("plain", Day(2021), links: ["/posts/données"]),
            Make("encoded", Day(2022), links: ["/posts/donn%C3%A9es#part-two"]),
            Make("trailing", Day(2023), links: ["/posts/Donn%C3%A9es/?ref=x"]),
            Make("decomposed", Day(2019), links: ["/posts/donne\u0301es"]),
            Make("twice", Day(2024), links: ["/posts/données", "/posts/données#again", "/posts/other"]),
            Make("elsewhere", Day(2025), links: ["https://example.org/posts/données", "/posts/donnees", "#données"]));

        Assert.Equal(["twice", "trailing", "encoded", "plain", "decomposed"], Slugs(catalog.LinkedFrom(catalog.FindPost("données")!)));
    }

    [Fact]
    public void A_link_from_a_post_to_itself_is_not_a_backlink()
    {
        var catalog = Catalog(Make("self", Day(2020), links: ["/posts/self", "/posts/self#top"]));

        Assert.Empty(catalog.LinkedFrom(catalog.FindPost("self")!));
    }

    [Fact]
    public void Pages_link_to_posts_and_posts_to_pages()
    {
        var catalog = Catalog(
            Make("post", Day(2020), links: ["/about"]),
            Make("about", layout: PostLayout.Page, links: ["/posts/post"]));

        Assert.Equal(["about"], Slugs(catalog.LinkedFrom(catalog.FindPost("post")!)));
        Assert.Equal(["post"], Slugs(catalog.LinkedFrom(catalog.FindPage("about")!)));
    }

    [Fact]
    public void A_future_post_links_to_nothing_until_it_is_published()
    {
        var catalog = Catalog(Make("target", Day(2020)), Make("future", Now.AddDays(1), links: ["/posts/target"]));
        var target = catalog.FindPost("target")!;

        Assert.Empty(catalog.LinkedFrom(target));
        Assert.Equal(["future"], Slugs(catalog.AsOf(Now.AddDays(1)).LinkedFrom(target)));
    }

    [Fact]
    public void Links_written_every_way_an_author_writes_them_become_backlinks()
    {
        using var folder = new TempPostsFolder();
        folder.Post("2020-03-04-target.md", "title: Target\ncategory: Research Notes\nredirect_from: [/old/target/]");
        folder.Post("2021-01-01-by-path.md", "title: By path", "[t](/posts/target)\n");
        folder.Post("2021-01-02-by-jekyll-url.md", "title: By Jekyll URL", "[t](/research%20notes/2020/03/04/target.html#intro)\n");
        folder.Post("2021-01-03-by-file.md", "title: By file", "[t](2020-03-04-target.md)\n");
        folder.Post("sub/2021-01-04-by-posts-folder.md", "title: By _posts", "[t](../_posts/2020-03-04-target.md#intro)\n");
        folder.Post("2021-01-05-by-liquid.md", "title: By Liquid", "[t]({% post_url 2020-03-04-target %})\n");
        folder.Post("2021-01-06-by-redirect.md", "title: By redirect_from", "<a href=\"/old/target\">t</a>\n");
        folder.Post("2021-01-07-by-slash.md", "title: By slash", "[t](/research%20notes/2020/03/04/target/)\n");
        folder.Post("2021-01-08-unrelated.md", "title: Unrelated", "[t](/posts/by-path)\n");

        var catalog = CatalogBuilder.Build(new CatalogSource(folder.PostsPath, null, TimeZoneInfo.Utc), Now);

        Assert.Empty(catalog.Diagnostics);
        Assert.Equal(
            ["by-slash", "by-redirect", "by-liquid", "by-posts-folder", "by-file", "by-jekyll-url", "by-path"],
            Slugs(catalog.LinkedFrom(catalog.FindPost("target")!)));
        Assert.All(catalog.Posts.Where(p => p.Slug.StartsWith("by-", StringComparison.Ordinal)),
            p => Assert.Contains("href=\"/posts/target", p.Html));
    }

    // --- old URLs ---

    [Theory]
    [InlineData("/2020/01/01/x.html")]
    [InlineData("/2020/01/01/x")]
    [InlineData("/2020/01/01/x/")]
    [InlineData("/blog/old-x/")]
    [InlineData("/blog/old-x")]
    [InlineData("/caf\u0065\u0301")]
    public void FindByOldUrl_finds_the_post_with_or_without_a_trailing_slash(string path)
    {
        var catalog = Catalog(Make("x", Day(2020), oldUrls: ["/2020/01/01/x.html", "/2020/01/01/x", "/blog/old-x", "/caf\u00e9"]));

        Assert.Same(catalog.FindPost("x"), catalog.FindByOldUrl(path));
    }

    [Theory]
    [InlineData("/2020/01/01/x.htm")]
    [InlineData("/2020/01/01")]
    [InlineData("/posts/x")]
    [InlineData("/")]
    public void FindByOldUrl_finds_nothing_for_other_paths(string path)
    {
        var catalog = Catalog(Make("x", Day(2020), oldUrls: ["/2020/01/01/x.html", "/2020/01/01/x"]));

        Assert.Null(catalog.FindByOldUrl(path));
    }
}
