using System.ServiceModel.Syndication;
using System.Xml;

namespace Site.Tests.Web;

/// <summary>The Atom feeds, parsed back as a feed reader would.</summary>
public sealed class FeedTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    private async Task<SyndicationFeed> LoadAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    [Fact]
    public async Task Site_feed_holds_the_published_posts_newest_first_with_absolute_links()
    {
        var feed = await LoadAsync("/feed.xml");
        var titles = feed.Items.Select(i => i.Title.Text).ToList();

        Assert.Equal("Fixture Site", feed.Title.Text);
        Assert.Equal(17, titles.Count);
        Assert.Equal(["First light", "<script>alert('title')</script> & friends", "Links to others"], titles.Take(3));
        Assert.DoesNotContain("A draft idea", titles);
        Assert.DoesNotContain("A post from the future", titles);
        Assert.DoesNotContain("About the fixture site", titles);
        Assert.Equal(FixtureSite.BaseUrl + "/feed.xml", feed.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri);
        Assert.All(feed.Items, item => Assert.StartsWith(FixtureSite.BaseUrl + "/posts/", item.Links.Single().Uri.AbsoluteUri));
        Assert.All(feed.Items, item => Assert.Equal("Ada Author", item.Authors.Single().Name));
    }

    [Fact]
    public async Task Entry_has_summary_date_categories_and_full_content_with_absolute_links()
    {
        var feed = await LoadAsync("/feed.xml");
        var entry = feed.Items.Single(i => i.Title.Text == "First light");
        var content = Html.Parse(((TextSyndicationContent)entry.Content).Text);

        Assert.Equal("The first observation night of the project.", entry.Summary.Text);
        Assert.Equal(new DateTimeOffset(2023, 4, 2, 0, 0, 0, TimeSpan.Zero), entry.PublishDate);
        Assert.Equal(["Research Notes", "talks"], entry.Categories.Select(c => c.Name));
        var hrefs = content.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(FixtureSite.BaseUrl + "/categories/series", hrefs);
        Assert.Contains("https://example.org/search?q=a&lang=en", hrefs);
        Assert.All(hrefs, href => Assert.StartsWith("http", href));
    }

    [Fact]
    public async Task Category_feed_holds_only_that_category_and_an_unknown_one_is_404()
    {
        var feed = await LoadAsync("/categories/series/feed.xml");
        Assert.Equal(12, feed.Items.Count());
        Assert.All(feed.Items, item => Assert.StartsWith("Series part", item.Title.Text));

        using var unknown = await _client.GetAsync("/categories/no-such/feed.xml");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/posts/first-light")]
    [InlineData("/archive")]
    public async Task Every_page_links_the_feed_in_its_head(string url)
    {
        var page = await _client.GetDocumentAsync(url);
        var link = page.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")!;
        Assert.Equal("/feed.xml", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Category_page_also_links_its_own_feed()
    {
        var page = await _client.GetDocumentAsync("/categories/series");
        var feeds = page.Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href"));
        Assert.Equal(["/feed.xml", "/categories/series/feed.xml"], feeds);
    }

    [Fact]
    public async Task Feed_of_undated_posts_is_the_same_from_two_instances_started_at_different_times()
    {
        var posts = Directory.CreateTempSubdirectory("site-feed-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(posts, "undated.md"), "---\ntitle: No date, no range\n---\n\nText.\n");
            File.WriteAllText(Path.Combine(posts, "ranged.md"), "---\ntitle: A range only\nrange: 2021 - 2022\n---\n\nText.\n");
            async Task<string> FeedAt(DateTimeOffset now)
            {
                await using var instance = new SiteFactory(posts, settings: FixtureSite.Settings, clock: new FakeTimeProvider(now));
                return await instance.CreateClient().GetStringAsync("/feed.xml");
            }

            var first = await FeedAt(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
            var second = await FeedAt(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));

            Assert.Equal(first, second);
            Assert.Contains("<updated>2022-01-01T00:00:00Z</updated>", first);
        }
        finally
        {
            Directory.Delete(posts, recursive: true);
        }
    }
}
