using System.Net;
using System.Xml.Linq;

namespace Site.Tests.Web;

/// <summary>/search over the fixture corpus (5 results a page), the header's form on every page, and /opensearch.xml.</summary>
public sealed class SearchTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task A_query_lists_its_results_with_marked_snippets_and_links()
    {
        var page = await _client.GetDocumentAsync("/search?q=donnees");

        Assert.Equal(["Données ouvertes"], page.EntryTitles());
        Assert.Equal("/posts/données-ouvertes", Uri.UnescapeDataString(page.QuerySelector(".entry h2 a")!.GetAttribute("href")!));
        Assert.Contains("1 result for “donnees”", page.QuerySelector(".search-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("donnees", page.QuerySelector("#search-query")!.GetAttribute("value"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task The_snippet_marks_the_words_the_query_matched()
    {
        var page = await _client.GetDocumentAsync("/search?q=fran%C3%A7ais+adresse");
        Assert.Equal(["français", "adresse"], page.QuerySelectorAll(".snippet mark").Select(mark => mark.TextContent));
    }

    [Fact]
    public async Task Results_page_with_next_and_prev_links_that_keep_the_query()
    {
        var first = await _client.GetDocumentAsync("/search?q=series");
        Assert.Equal(5, first.EntryTitles().Count);
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Equal("/search?q=series&page=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var seen = new List<string>(first.EntryTitles());
        var url = first.QuerySelector("a[rel=next]")?.GetAttribute("href");
        while (url is not null)
        {
            var next = await _client.GetDocumentAsync(url);
            Assert.NotNull(next.QuerySelector("a[rel=prev]"));
            seen.AddRange(next.EntryTitles());
            url = next.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }
        Assert.Equal(12, seen.Count(title => title.StartsWith("Series part", StringComparison.Ordinal)));
        Assert.Equal(seen.Count, seen.Distinct().Count());

        using var past = await _client.GetAsync("/search?q=series&page=9");
        Assert.Equal(HttpStatusCode.NotFound, past.StatusCode);
    }

    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=")]
    [InlineData("/search?q=%20%20")]
    public async Task Without_a_query_the_page_shows_the_form_and_no_results(string url)
    {
        var page = await _client.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector("form.search-form input[name=q]"));
        Assert.Empty(page.EntryTitles());
        Assert.Null(page.QuerySelector(".search-summary"));
    }

    [Fact]
    public async Task No_results_says_so_and_suggests_a_near_spelling()
    {
        // Four letters: too short for a typo to be forgiven, near enough to suggest.
        var page = await _client.GetDocumentAsync("/search?q=prat");
        Assert.Contains("No posts or pages match “prat”", page.QuerySelector(".search-summary")!.TextContent, StringComparison.Ordinal);
        var suggestion = page.QuerySelector(".search-suggestion a")!;
        Assert.Equal("part", suggestion.TextContent);
        Assert.Equal("/search?q=part", suggestion.GetAttribute("href"));

        var nothing = await _client.GetDocumentAsync("/search?q=qqqqxxzz");
        Assert.Null(nothing.QuerySelector(".search-suggestion"));
    }

    [Theory]
    [InlineData("never reach")]
    [InlineData("secret-category")]
    [InlineData("Dated 2099")]
    public async Task Drafts_and_future_posts_are_never_found(string query)
    {
        var page = await _client.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.DoesNotContain(page.EntryTitles(), title => title is "A draft idea" or "A post from the future");
    }

    [Fact]
    public async Task Pages_are_found_too()
    {
        var page = await _client.GetDocumentAsync("/search?q=navigation");
        Assert.Equal(["About the fixture site"], page.EntryTitles());
    }

    [Fact]
    public async Task A_q_given_twice_is_one_query_of_both()
    {
        // The other order asked until it is kept: its copy must not answer this one.
        for (var ask = 0; ask < 2; ask++) (await _client.GetAsync("/search?q=part&q=series")).Dispose();
        using var kept = await _client.GetAsync("/search?q=part&q=series");
        var page = await _client.GetDocumentAsync("/search?q=series&q=part");
        Assert.True(kept.Headers.Age.HasValue, "a query given twice is kept like any other");
        Assert.Contains("value=\"part series\"", await kept.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("series part", page.QuerySelector("#search-query")!.GetAttribute("value"));
        Assert.Equal(5, page.EntryTitles().Count);
    }

    public static TheoryData<string> HostileQueries => new()
    {
        new string('a', 10_240),
        string.Join(' ', Enumerable.Range(0, 3_000).Select(i => "w" + i)),
        string.Join(' ', Enumerable.Repeat("\"series part\"", 500)),
        "*:* AND OR NOT title:(x~2)^3 [a TO z] {a TO z} /.*/ \\ && || ! ? +-",
        "(((((((((((a|b)*)*)*)*)*)*)*)*)*)*)*$",
        "\uD800 \uDC00 \uFFFE \u202E\u0301\u0301\u0301 \0 \u200B",
        string.Concat(Enumerable.Repeat("e\u0301", 3_000)),
        string.Join(' ', Enumerable.Range(0, 2_000).Select(i => "ser" + (char)('a' + i % 26))),
        "\"\"\"\"\"\"\"\"\"",
        "%%%%%%%",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_queries_get_a_normal_page(string query)
    {
        // How long they take is bench/search.sh's to measure (docs/benchmarks.md), not a test's on a shared machine.
        using var response = await _client.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Search</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?page=2")]
    [InlineData("/search?q=series&page=0")]
    [InlineData("/search?q=series&page=abc")]
    [InlineData("/search?q=series&page=1&page=2")]
    public async Task A_page_that_is_not_there_is_a_404(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/posts/first-light")]
    [InlineData("/categories")]
    [InlineData("/about")]
    [InlineData("/search?q=series")]
    [InlineData("/no-such-page")]
    public async Task Every_page_has_the_search_form_in_its_header_and_links_the_opensearch_description(string url)
    {
        using var response = await _client.GetAsync(url);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        var form = page.QuerySelector("header.site-header form[role=search]")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']"));
        Assert.Equal("/opensearch.xml", page.QuerySelector("link[rel=search]")!.GetAttribute("href"));
        Assert.Equal("application/opensearchdescription+xml", page.QuerySelector("link[rel=search]")!.GetAttribute("type"));
    }

    [Fact]
    public async Task The_opensearch_description_points_at_the_search_page()
    {
        using var response = await _client.GetAsync("/opensearch.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://a9.com/-/spec/opensearch/1.1/";
        Assert.Equal("Fixture Site", document.Root!.Element(ns + "ShortName")!.Value);
        Assert.Contains(document.Root.Elements(ns + "Url"), url =>
            url.Attribute("type")!.Value == "text/html" && url.Attribute("template")!.Value == $"{FixtureSite.BaseUrl}/search?q={{searchTerms}}");
    }

    [Fact]
    public async Task Results_are_compressed_and_answered_from_memory_once_asked_twice()
    {
        async Task<HttpResponseMessage> GetAsync(string url)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd("br");
            return await _client.SendAsync(request);
        }

        // A query no other test asks: this one counts its asks.
        using var first = await GetAsync("/search?q=Navigation+series");
        using var second = await GetAsync("/search?q=Navigation+series");
        using var again = await GetAsync("/search?q=Navigation+series");
        using var other = await GetAsync("/search?q=series");
        using var otherPage = await GetAsync("/search?q=series&page=2");

        Assert.Equal("br", Assert.Single(first.Content.Headers.ContentEncoding));
        // A query is kept from its second ask: one asked once, as in a flood of random queries, takes no room.
        Assert.False(first.Headers.Age.HasValue, "the first answer is made");
        Assert.False(second.Headers.Age.HasValue, "the second answer is made, and kept");
        Assert.True(again.Headers.Age.HasValue, "answered from the kept copy");
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
        Assert.NotEqual(other.Headers.ETag, otherPage.Headers.ETag);
        Assert.True(first.Headers.CacheControl!.Public);
    }

    [Fact]
    public async Task Search_limits_are_read_from_configuration()
    {
        using var other = new SiteFactory(SiteFactory.FixturePostsPath, settings: new Dictionary<string, string> { ["Site:Search:MaxWords"] = "1" });
        var page = await other.CreateClient().GetDocumentAsync("/search?q=series+navigation");
        Assert.Equal("series navigation", page.QuerySelector("#search-query")!.GetAttribute("value"));
        Assert.DoesNotContain("About the fixture site", page.EntryTitles());
    }

    [Fact]
    public async Task A_page_may_not_take_the_search_address()
    {
        using var posts = new TempPostsFolder();
        posts.Post("search.md", "layout: page\ntitle: My search");
        using var other = new SiteFactory(posts.PostsPath);
        using var client = other.CreateClient();

        var page = await client.GetDocumentAsync("/search");
        Assert.NotNull(page.QuerySelector("form.search-form"));
        Assert.Contains(other.Logs, line => line.Contains("page slug 'search' is a reserved route", StringComparison.Ordinal));
    }
}
