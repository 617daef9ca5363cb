
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
        Assert.Null(SiteRoutes.Home.ReservedSegment);
    }

    [Fact]
    public void Reserved_segments_are_the_fixed_first_segments_of_every_route()
    {
        Assert.Equal(
            ["_live-reload", "_live-reload.js", "archive", "categories", "error", "feed.xml", "healthz", "not-found", "opensearch.xml", "posts", "robots.txt", "search", "sitemap.xml", "tags"],
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
    public void The_table_serves_its_addresses_in_any_case_or_form_and_any_archive_period(string path) => Assert.True(Table.Serves(path));

    [Theory]
    [InlineData("/posts/second")]
    [InlineData("/categories/research")]
    [InlineData("/archive/2020-2019")]
    [InlineData("/archive/20")]
    [InlineData("/favicon.png")]
    [InlineData("/assets/img")]
    [InlineData("/blog/2023/05/01/first.html")]
    public void The_table_does_not_serve_other_addresses(string path) => Assert.False(Table.Serves(path));
}
