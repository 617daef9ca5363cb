
namespace Site.Content.Tests.Routing;

public sealed class RouteTableTests
{
    private static readonly Term Talks = Term.From("Talks");
    private static readonly Term Data = Term.From("Open Data");

    private static readonly RouteTable Table = RouteTable.Of(
        [
            new RoutedContent("/posts/first", PostLayout.Post, [Talks], [Data], new YearRange(2021, 2023), new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.Zero)),
            new RoutedContent("/posts/données", PostLayout.Post, [Talks], [], null, new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero)),
            new RoutedContent("/about", PostLayout.Page, [], [], null, null),
        ],
        new StaticFiles(["/favicon.svg", "/assets/img/x.png"]));

    [Fact]
    public void A_route_fills_its_parameter_and_knows_its_fixed_first_segment()
    {
        Assert.Equal("/posts/x", SiteRoutes.Post.For("x"));
        Assert.Equal("/categories/talks/feed.xml", SiteRoutes.CategoryFeed.For("talks"));
        Assert.Equal("/archive", SiteRoutes.Archive.Path);
        Assert.Throws<InvalidOperationException>(() => SiteRoutes.Post.Path);
        Assert.Throws<InvalidOperationException>(() => SiteRoutes.Archive.For("x"));
        Assert.Equal("posts", SiteRoutes.Post.ReservedSegment);
        Assert.Null(SiteRoutes.Page.ReservedSegment);
        Assert.Equal("page", SiteRoutes.Home.ReservedSegment); // its later pages are at /page/N
    }

    [Fact]
    public void Reserved_segments_are_the_fixed_first_segments_of_every_route()
    {
        Assert.Equal(
            ["_live-reload", "_live-reload.js", "archive", "categories", "error", "feed.xml", "healthz", "not-found", "opensearch.xml", "page", "posts", "robots.txt", "search", "sitemap.xml", "tags", "variants"],
            SiteRoutes.ReservedSegments.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_table_lists_every_address_once_in_reading_order()
    {
        Assert.Equal(
            [
                "/", "/posts/first", "/posts/données", "/about",
                "/categories", "/categories/talks", "/categories/talks/feed.xml",
                "/tags", "/tags/open-data",
                "/archive", "/archive/2023", "/archive/2022", "/archive/2021",
                "/feed.xml", "/sitemap.xml", "/robots.txt", "/healthz", "/search", "/opensearch.xml", "/not-found", "/error", "/_live-reload.js", "/_live-reload",
                "/assets/img/x.png", "/favicon.svg",
            ],
            Table.Addresses.Select(address => address.Path));
        Assert.Equal(Table.Addresses.Count, Table.Addresses.Select(a => a.Path).Distinct().Count());
    }

    [Fact]
    public void Listings_are_dated_by_their_newest_post()
    {
        DateTimeOffset? Modified(string path) => Table.Addresses.Single(address => address.Path == path).Modified;

        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), Modified("/"));
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero), Modified("/categories/talks"));
        Assert.Equal(new DateTimeOffset(2023, 5, 1, 0, 0, 0, TimeSpan.Zero), Modified("/tags/open-data"));
        Assert.Null(Modified("/about"));
        Assert.Null(Modified("/categories"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/posts/first")]
    [InlineData("/POSTS/First/")]
    [InlineData("/posts/donne\u0301es")]
    [InlineData("/about")]
    [InlineData("/categories/talks/feed.xml")]
    [InlineData("/archive/1999")]
    [InlineData("/archive/2019-2020")]
    [InlineData("/healthz")]
    [InlineData("/favicon.svg")]
    [InlineData("/Assets/IMG/X.png")]
    [InlineData("/page/2")]
    [InlineData("/categories/talks/page/3")]
    [InlineData("/archive/2019-2020/page/2")]
    public void The_table_serves_its_addresses_in_any_case_or_form_and_any_archive_period(string path) => Assert.True(Table.Serves(path));

    [Theory]
    [InlineData("/posts/second")]
    [InlineData("/categories/research")]
    [InlineData("/archive/2020-2019")]
    [InlineData("/archive/20")]
    [InlineData("/favicon.png")]
    [InlineData("/assets/img")]
    [InlineData("/blog/2023/05/01/first.html")]
    [InlineData("/posts/first/page/2")]
    [InlineData("/categories/research/page/2")]
    [InlineData("/categories/page/2")]
    public void The_table_does_not_serve_other_addresses(string path) => Assert.False(Table.Serves(path));

    [Fact]
    public void A_listings_later_pages_are_at_its_address_and_page_n()
    {
        Assert.Equal("/", ListingPage.Of("/", 1));
        Assert.Equal("/page/2", ListingPage.Of("/", 2));
        Assert.Equal("/categories/talks/page/3", ListingPage.Of("/categories/talks", 3));
        Assert.Equal("/page/{number}", SiteRoutes.Home.PagedTemplate);
        Assert.Equal("/archive/{period}/page/{number}", SiteRoutes.ArchivePeriod.PagedTemplate);
        Assert.Null(SiteRoutes.Post.PagedTemplate);

        Assert.True(ListingPage.TrySplit("/tags/page/page/12", out var listing, out var number));
        Assert.Equal(("/tags/page", "12"), (listing, number));
        Assert.True(ListingPage.TrySplit("/page/2", out listing, out _));
        Assert.Equal("/", listing);
        Assert.False(ListingPage.TrySplit("/categories/page", out _, out _));
        Assert.False(ListingPage.TrySplit("/page/2/x", out _, out _));
    }

    [Fact]
    public void Every_page_of_every_listing_is_an_address_for_a_page_size()
    {
        var table = RouteTable.Of(
            [.. Enumerable.Range(1, 5).Select(day => new RoutedContent($"/posts/p{day}", PostLayout.Post, [Talks], day <= 3 ? [Data] : [],
                new YearRange(2023, 2023), new DateTimeOffset(2023, 5, day, 0, 0, 0, TimeSpan.Zero)))],
            StaticFiles.None);

        var paths = table.Addresses.SelectMany(address => address.WithPages(pageSize: 2)).Select(address => address.Path).ToList();

        Assert.Equal(["/", "/page/2", "/page/3"], paths.Where(path => path == "/" || path.StartsWith("/page/", StringComparison.Ordinal)));
        Assert.Equal(["/categories/talks", "/categories/talks/page/2", "/categories/talks/page/3"], paths.Where(path => path.StartsWith("/categories/talks", StringComparison.Ordinal) && !path.EndsWith(".xml", StringComparison.Ordinal)));
        Assert.Equal(["/tags/open-data", "/tags/open-data/page/2"], paths.Where(path => path.StartsWith("/tags/", StringComparison.Ordinal)));
        Assert.Equal(["/archive/2023", "/archive/2023/page/2", "/archive/2023/page/3"], paths.Where(path => path.StartsWith("/archive/", StringComparison.Ordinal)));
        Assert.Single(paths, "/categories");
    }

    [Fact]
    public void Only_what_a_running_server_must_answer_is_marked_so()
    {
        Assert.Equal(["/healthz", "/search", "/error"], SiteRoutes.All.Where(route => route.NeedsServer).Select(route => route.Template));
    }
}
