using System.Net;

namespace Site.Tests.Web;

/// <summary>Every URL of the contract over the fixture corpus: what a visitor sees at each.</summary>
public sealed class PageTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Home_lists_published_posts_newest_first()
    {
        var home = await _client.GetDocumentAsync("/");

        Assert.Equal(["First light", "<script>alert('title')</script> & friends", "Links to others", "Series part 12", "Series part 11"], home.EntryTitles());
        Assert.DoesNotContain("A draft idea", home.Body!.TextContent);
        Assert.DoesNotContain("About the fixture site", home.EntryTitles());
    }

    [Fact]
    public async Task Listing_entry_shows_title_link_years_categories_summary_and_image()
    {
        var home = await _client.GetDocumentAsync("/");
        var entry = home.QuerySelectorAll(".entry").First(e => e.QuerySelector("h2")!.TextContent.Trim() == "First light");

        Assert.Equal("/posts/first-light", entry.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("Years: 2022 – 2023", entry.QuerySelector(".years")!.TextContent.Trim());
        Assert.Equal(["/categories/research-notes", "/categories/talks"], entry.QuerySelectorAll("a.category").Select(a => a.GetAttribute("href")));
        Assert.Equal("The first observation night of the project.", entry.QuerySelector(".summary")!.TextContent.Trim());
        var image = entry.QuerySelector("img")!;
        Assert.Equal("/assets/img/ml-pipeline-preview.png", image.GetAttribute("src"));
        Assert.Equal(("1200", "630"), (image.GetAttribute("width"), image.GetAttribute("height")));
        Assert.StartsWith("/variants/ml-pipeline-preview.", image.GetAttribute("srcset"));
        Assert.Equal(ImageSizes.Card, image.GetAttribute("sizes"));

        // The first card's image is likely the page's largest paint: fetched first, never lazily.
        foreach (var listing in (string[])["/", "/categories/research-notes"])
        {
            var first = (await _client.GetDocumentAsync(listing)).QuerySelector(".entry img")!;
            Assert.Equal("high", first.GetAttribute("fetchpriority"));
            Assert.Null(first.GetAttribute("loading"));
        }
    }

    [Fact]
    public async Task Post_page_shows_title_years_date_categories_tags_image_and_body()
    {
        var post = await _client.GetDocumentAsync("/posts/first-light");

        Assert.Equal("First light", post.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("2022 – 2023", post.QuerySelector(".post-header .years")!.TextContent);
        Assert.Equal("2023-04-02", post.QuerySelector(".post-header time")!.GetAttribute("datetime"));
        Assert.Equal(["Research Notes", "talks"], post.QuerySelectorAll(".post-header a.category").Select(a => a.TextContent.Trim()));
        Assert.Equal(["#telescopes", "#open-data"], post.QuerySelectorAll(".post-header .tags li").Select(li => li.TextContent.Trim()));
        Assert.Equal("/assets/img/ml-pipeline-preview.png", post.QuerySelector(".post-image img")!.GetAttribute("src"));
        Assert.Contains("The first night went well.", post.QuerySelector(".post-body")!.TextContent);
        Assert.Equal("First light · Fixture Site", post.Title);
    }

    [Fact]
    public async Task Post_links_to_another_post_file_and_keeps_raw_html_query_strings()
    {
        var post = await _client.GetDocumentAsync("/posts/first-light");
        var hrefs = post.QuerySelectorAll(".post-body a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/posts/données-ouvertes", hrefs.Select(h => Uri.UnescapeDataString(h!)));
        var search = post.QuerySelector(".post-body a[title=search]")!;
        Assert.Equal("https://example.org/search?q=a&lang=en", search.GetAttribute("href"));
        Assert.Equal("noopener", search.GetAttribute("rel"));
    }

    [Fact]
    public async Task Unpublished_post_is_never_served_listed_or_counted()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/posts/draft-idea")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/categories/secret-category")).StatusCode);
        var archive = await _client.GetDocumentAsync("/archive");
        Assert.DoesNotContain("1999", archive.QuerySelector("main")!.TextContent);
        var categories = await _client.GetDocumentAsync("/categories");
        Assert.DoesNotContain("secret", categories.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Page_layout_is_served_at_its_slug_and_linked_from_the_navigation()
    {
        var about = await _client.GetDocumentAsync("/about");
        Assert.Equal("About the fixture site", about.QuerySelector("h1")!.TextContent.Trim());

        var home = await _client.GetDocumentAsync("/");
        var navigation = home.QuerySelectorAll("header nav a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([("Home", "/"), ("Categories", "/categories"), ("Archive", "/archive"), ("About the fixture site", "/about")], navigation);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/posts/about")).StatusCode);
    }

    [Fact]
    public async Task Categories_lists_each_category_with_its_count_and_link()
    {
        var page = await _client.GetDocumentAsync("/categories");
        var rows = page.QuerySelectorAll(".term-list li")
            .Select(li => (li.QuerySelector("a")!.TextContent.Trim(), li.QuerySelector("a")!.GetAttribute("href"), li.QuerySelector(".count")!.TextContent.Trim()))
            .ToList();

        Assert.Equal(
            [("<b>Tricky</b> & Co", "/categories/b-tricky-b-co", "1 post"), ("links", "/categories/links", "1 post"), ("Research Notes", "/categories/research-notes", "2 posts"),
             ("series", "/categories/series", "12 posts"), ("talks", "/categories/talks", "1 post")],
            rows);
    }

    [Fact]
    public async Task Category_page_lists_its_posts_and_an_unknown_category_is_404()
    {
        var page = await _client.GetDocumentAsync("/categories/research-notes");
        Assert.Equal("Research Notes", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["First light", "Données ouvertes"], page.EntryTitles());

        await _client.GetDocumentAsync("/categories/no-such-category", expectedStatus: 404);
    }

    [Fact]
    public async Task Archive_lists_years_with_counts_and_links()
    {
        var page = await _client.GetDocumentAsync("/archive");
        var years = page.QuerySelectorAll(".year-list > li")
            .Select(li => (li.QuerySelector("a.year")!.GetAttribute("href"), li.QuerySelector(".count")!.TextContent.Trim()))
            .ToList();

        Assert.Equal([("/archive/2023", "1 post"), ("/archive/2022", "2 posts"), ("/archive/2021", "1 post"), ("/archive/2020", "12 posts"), ("/archive/2017", "1 post")], years);
    }

    [Fact]
    public async Task Archive_year_lists_posts_whose_years_include_it()
    {
        var page = await _client.GetDocumentAsync("/archive/2022");
        Assert.Equal(["First light", "<script>alert('title')</script> & friends"], page.EntryTitles());
    }

    [Fact]
    public async Task Archive_year_without_posts_says_so_with_200()
    {
        var page = await _client.GetDocumentAsync("/archive/1990");
        Assert.Contains("Nothing was written about 1990", page.QuerySelector(".empty")!.TextContent);
    }

    [Fact]
    public async Task Archive_period_lists_posts_overlapping_it_inclusively()
    {
        var page = await _client.GetDocumentAsync("/archive/2016-2017");
        Assert.Equal(["Données ouvertes"], page.EntryTitles());

        var wide = await _client.GetDocumentAsync("/archive/2021-2023");
        Assert.Equal(["First light", "<script>alert('title')</script> & friends", "Links to others"], wide.EntryTitles());
    }

    [Theory]
    [InlineData("/archive/2023-2020")]
    [InlineData("/archive/abc")]
    [InlineData("/archive/2020-abc")]
    [InlineData("/archive/20201")]
    public async Task Archive_period_that_is_backwards_or_not_a_number_is_404(string url)
    {
        var page = await _client.GetDocumentAsync(url, expectedStatus: 404);
        Assert.Equal("This page is not here", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Unicode_slug_is_served_percent_encoded()
    {
        var page = await _client.GetDocumentAsync("/posts/donn%C3%A9es-ouvertes");
        Assert.Equal("Données ouvertes", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("2017", page.QuerySelector(".years")!.TextContent.Replace("Years:", "").Trim());
    }
}
