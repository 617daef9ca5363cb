
namespace Site.Content.Tests.Catalog;

public sealed class OldUrlTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private PostCatalog Build(TimeZoneInfo? zone = null) =>
        CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, null, zone ?? TimeZoneInfo.Utc), Now);

    private static ContentDiagnostic[] Warnings(PostCatalog catalog) => [.. catalog.Diagnostics.Where(d => d.Severity == Severity.Warning)];

    [Fact]
    public void Every_redirect_from_entry_finds_the_post_with_or_without_slash_and_encoding()
    {
        _folder.Post("2023-01-01-x.md", "title: X\nredirect_from:\n  - /old/x/\n  - /blog/caf%C3%A9.html\n  - /Mixed/Case");

        var catalog = Build();

        var post = catalog.FindPost("x")!;
        Assert.Empty(catalog.Diagnostics);
        Assert.Same(post, catalog.FindByOldUrl("/old/x"));
        Assert.Same(post, catalog.FindByOldUrl("/old/x/"));
        Assert.Same(post, catalog.FindByOldUrl("/blog/café.html"));
        Assert.Same(post, catalog.FindByOldUrl("/Mixed/Case"));
    }

    [Fact]
    public void A_dated_post_answers_at_its_jekyll_urls_and_at_posts_slug_html()
    {
        _folder.Post("2023-01-05-my-post.md", "title: P\ncategory: Research Notes\ncategories: [Talks]");

        var catalog = Build();

        var post = catalog.FindPost("my-post")!;
        foreach (var path in new[]
        {
            "/talks/research notes/2023/01/05/my-post.html",
            "/talks/research notes/2023/01/05/my-post",
            "/talks/research notes/2023/01/05/my-post/",
            "/posts/my-post.html",
        })
        {
            Assert.Same(post, catalog.FindByOldUrl(path));
        }
        Assert.Null(catalog.FindByOldUrl("/2023/01/05/my-post.html"));
        Assert.Null(catalog.FindByOldUrl("/talks/research-notes/2023/01/05/my-post.html"));
        Assert.Null(catalog.FindByOldUrl("/research notes/talks/2023/01/05/my-post.html"));
    }

    [Fact]
    public void The_jekyll_url_takes_the_day_in_the_site_time_zone()
    {
        _folder.Post("2023-01-01-late.md", "title: Late\ndate: 2023-01-01 23:30:00 -0500");

        var utc = Build();
        var newYork = Build(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        Assert.NotNull(utc.FindByOldUrl("/2023/01/02/late.html"));
        Assert.Null(utc.FindByOldUrl("/2023/01/01/late.html"));
        Assert.NotNull(newYork.FindByOldUrl("/2023/01/01/late.html"));
        Assert.Null(newYork.FindByOldUrl("/2023/01/02/late.html"));
    }

    [Fact]
    public void A_file_without_a_date_prefix_gets_no_dated_url_but_its_own_path_as_jekyll_served_it()
    {
        _folder.Post("notes/undated-name.md", "title: U\ndate: 2023-04-05\ncategory: blog");

        var post = Assert.Single(Build().Posts);

        Assert.Equal(["/notes/undated-name", "/notes/undated-name.html", "/posts/undated-name.html"], post.OldUrls.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_sites_permalink_a_posts_own_and_hugos_aliases_all_answer()
    {
        _folder.Post("news/_posts/2024-03-01-launch.md", "title: Launch\npermalink: /announcements/:year/launch-day/\naliases: [/old/launch]");
        var catalog = CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc, Permalink: "/:categories/:year/:month/:day/:title/"), Now);

        foreach (var url in new[] { "/news/2024/03/01/launch", "/news/2024/03/01/launch/", "/news/2024/03/01/launch.html", "/announcements/2024/launch-day/", "/old/launch" })
            Assert.Equal("Launch", catalog.FindByOldUrl(url)?.Title);
    }

    [Fact]
    public void A_posts_own_permalink_that_names_an_address_of_the_site_is_reported()
    {
        _folder.Post("2024-03-01-grabby.md", "title: Grabby\npermalink: /archive/");

        var catalog = Build();

        Assert.Contains(catalog.Diagnostics, d => (d.Message, d.Line, d.Column) == ("permalink '/archive' ignored: it is an address the site serves", 3, 12));
    }

    [Fact]
    public void A_permalink_that_names_the_posts_own_address_is_no_old_address_and_no_warning()
    {
        // Chirpy's _config.yml gives every post the permalink /posts/:title/.
        _folder.Write("_config.yml", "defaults:\n  - scope:\n      path: ''\n      type: posts\n    values:\n      permalink: /posts/:title/\n");
        _folder.Post("_posts/2019-08-08-text-and-typography.md", "title: Text and Typography");
        _folder.Post("_posts/2019-08-09-other.md", "title: Other\npermalink: /posts/text-and-typography/");

        var catalog = Build();

        Assert.Equal("/posts/text-and-typography", catalog.Posts.Single(p => p.Title == "Text and Typography").Url);
        var warning = Assert.Single(Warnings(catalog));
        Assert.Equal(("_posts/2019-08-09-other.md", "permalink '/posts/text-and-typography' ignored: it is an address the site serves"), (warning.Path, warning.Message));
    }

    [Fact]
    public void Unpublished_posts_get_no_old_urls_and_leave_theirs_free()
    {
        _folder.Post("2023-01-01-draft.md", "title: D\npublished: false\nredirect_from: [/shared]");
        _folder.Post("2023-02-02-live.md", "title: L\nredirect_from: [/shared]");

        var catalog = Build();

        Assert.Null(catalog.FindByOldUrl("/2023/01/01/draft.html"));
        Assert.Null(catalog.FindByOldUrl("/posts/draft.html"));
        Assert.Same(catalog.FindPost("live"), catalog.FindByOldUrl("/shared"));
        Assert.Empty(Warnings(catalog));
    }

    [Fact]
    public void A_future_post_answers_at_its_old_urls_only_once_it_is_published()
    {
        _folder.Post("2025-07-01-soon.md", "title: S\nredirect_from: [/soon-old]");

        var catalog = Build();

        Assert.Null(catalog.FindByOldUrl("/soon-old"));
        Assert.Null(catalog.FindByOldUrl("/2025/07/01/soon.html"));
        var later = catalog.AsOf(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.NotNull(later.FindByOldUrl("/soon-old"));
        Assert.NotNull(later.FindByOldUrl("/2025/07/01/soon.html"));
    }

    [Theory]
    [InlineData("/posts/other")]
    [InlineData("/posts/Other/")]
    [InlineData("/posts/me")]
    [InlineData("/about")]
    [InlineData("/categories/research-notes")]
    [InlineData("/tags/open-data")]
    [InlineData("/archive/2020")]
    [InlineData("/archive/2019-2021")]
    [InlineData("/archive")]
    [InlineData("/feed.xml")]
    [InlineData("/categories/research-notes/feed.xml")]
    [InlineData("/not-found")]
    [InlineData("/error")]
    [InlineData("/")]
    public void A_redirect_from_that_is_an_address_the_site_serves_is_reported_and_ignored(string path)
    {
        _folder.Post("2023-01-01-other.md", "title: O\ncategory: Research Notes\ntags: [Open Data]");
        _folder.Post("about.md", "title: About\nlayout: page");
        _folder.Post("sub/2023-02-02-me.md", $"title: Me\nredirect_from: [\"{path}\"]");

        var catalog = Build();

        var warning = Assert.Single(catalog.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("sub/2023-02-02-me.md", warning.Path);
        Assert.Contains("redirect_from", warning.Message);
        Assert.Contains("address the site serves", warning.Message);
        Assert.DoesNotContain(path.TrimEnd('/'), catalog.FindPost("me")!.OldUrls.Where(u => u != "/"));
        Assert.Null(catalog.FindByOldUrl(path));
        Assert.NotNull(catalog.FindPost("me"));
    }

    [Fact]
    public void Two_posts_claiming_one_old_url_leave_it_to_the_first_path_and_warn_about_the_later()
    {
        _folder.Post("b/2023-01-01-second.md", "title: Second\nredirect_from: [/old/shared/]");
        _folder.Post("a/2023-01-01-first.md", "title: First\nredirect_from: [/old/shared]");

        var catalog = Build();

        Assert.Same(catalog.FindPost("first"), catalog.FindByOldUrl("/old/shared"));
        var warning = Assert.Single(catalog.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("b/2023-01-01-second.md", warning.Path);
        Assert.Contains("/old/shared", warning.Message);
        Assert.Contains("a/2023-01-01-first.md", warning.Message);
    }

    [Fact]
    public void A_redirect_from_that_is_another_posts_jekyll_url_is_reported_on_the_later_file()
    {
        _folder.Post("2023-01-01-first.md", "title: First");
        _folder.Post("2023-02-02-second.md", "title: Second\nredirect_from: [/2023/01/01/first.html]");

        var catalog = Build();

        Assert.Same(catalog.FindPost("first"), catalog.FindByOldUrl("/2023/01/01/first.html"));
        var warning = Assert.Single(catalog.Diagnostics);
        Assert.Equal("2023-02-02-second.md", warning.Path);
    }

    [Fact]
    public void A_jekyll_url_stays_its_posts_when_an_earlier_file_names_it_in_redirect_from()
    {
        _folder.Post("2023-01-01-first.md", "title: First\nredirect_from: [/2023/02/02/second.html]");
        _folder.Post("2023-02-02-second.md", "title: Second");

        var catalog = Build();

        Assert.Same(catalog.FindPost("second"), catalog.FindByOldUrl("/2023/02/02/second.html"));
        var warning = Assert.Single(catalog.Diagnostics);
        Assert.Equal(("2023-01-01-first.md", 3, 17, "redirect_from '/2023/02/02/second.html' ignored: 2023-02-02-second.md already redirects it"),
            (warning.Path, warning.Line, warning.Column, warning.Message));
    }

    [Fact]
    public void A_redirect_from_listed_twice_in_one_post_is_not_a_conflict()
    {
        _folder.Post("2023-01-01-x.md", "title: X\nredirect_from: [/old/x, /old/x/, /2023/01/01/x.html]");

        var catalog = Build();

        Assert.Empty(catalog.Diagnostics);
        Assert.Same(catalog.FindPost("x"), catalog.FindByOldUrl("/old/x"));
    }

    [Fact]
    public void Reading_time_grows_with_the_word_count_and_is_at_least_a_minute()
    {
        string Words(int count) => string.Join(' ', Enumerable.Repeat("word", count)) + "\n";
        _folder.Post("2023-01-01-empty.md", "title: Empty", "");
        _folder.Post("2023-01-02-short.md", "title: Short", Words(230));
        _folder.Post("2023-01-03-longer.md", "title: Longer", Words(231));
        _folder.Post("2023-01-04-long.md", "title: Long", Words(1000));
        _folder.Post("2023-01-05-code.md", "title: Code", Words(200) + "\n`" + Words(40).Trim() + "`\n");

        var catalog = Build();

        Assert.Equal(1, catalog.FindPost("empty")!.ReadingMinutes);
        Assert.Equal(1, catalog.FindPost("short")!.ReadingMinutes);
        Assert.Equal(2, catalog.FindPost("longer")!.ReadingMinutes);
        Assert.Equal(5, catalog.FindPost("long")!.ReadingMinutes);
        Assert.Equal(2, catalog.FindPost("code")!.ReadingMinutes);
    }

    [Fact]
    public void A_file_name_with_spaces_also_answers_at_the_url_jekyll_slugified_it_to_and_at_its_slug()
    {
        _folder.Post("2017-03-03-Données Ouvertes.md", "title: D\nslug: open-data");

        var catalog = Build();

        var post = catalog.FindPost("open-data")!;
        Assert.Same(post, catalog.FindByOldUrl("/2017/03/03/Données Ouvertes.html"));
        Assert.Same(post, catalog.FindByOldUrl("/2017/03/03/Données-Ouvertes.html"));
        Assert.Same(post, catalog.FindByOldUrl("/2017/03/03/open-data/"));
    }

    [Fact]
    public void A_redirect_from_with_a_query_fragment_or_host_is_reported_as_never_matching()
    {
        _folder.Post("2023-01-01-x.md", "title: X\nredirect_from:\n  - /old?id=3\n  - https://old.example/x\n  - /kept/");

        var catalog = Build();

        Assert.Equal(
            ["redirect_from '/old?id=3' ignored: give a path on this site, without a query or fragment, such as /blog/old-name/",
             "redirect_from 'https://old.example/x' ignored: give a path on this site, without a query or fragment, such as /blog/old-name/"],
            Warnings(catalog).Select(w => w.Message));
        Assert.NotNull(catalog.FindByOldUrl("/kept"));
    }
}
