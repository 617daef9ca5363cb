using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Site.Web;

namespace Site.Tests.Web;

/// <summary>
/// What lets browsers, proxies and CDNs keep the site's responses: strong ETags from the content, the same in every
/// process; 304 on If-None-Match; Cache-Control per kind of URL; Brotli and gzip, each with its own tag.
/// </summary>
public sealed class CachingTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    private static readonly string[] Kept =
    [
        "/", "/page/2", "/posts/first-light", "/about", "/categories", "/categories/series", "/tags", "/archive", "/archive/2022",
        "/feed.xml", "/categories/series/feed.xml", "/sitemap.xml", "/robots.txt",
    ];

    public static TheoryData<string> KeptUrls => new(Kept);

    [Theory]
    [MemberData(nameof(KeptUrls))]
    public async Task Responses_have_a_strong_etag_that_is_the_same_on_every_request(string url)
    {
        using var first = await _client.GetAsync(url);
        using var second = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.False(tag.IsWeak);
        Assert.Matches("^\"[A-Za-z0-9_-]{22}\"$", tag.Tag);
        Assert.Equal(tag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Two_separate_sites_on_the_same_posts_give_the_same_etags()
    {
        await using var other = new FixtureSite();
        var otherClient = other.CreateClient();

        var stylesheet = (await _client.GetDocumentAsync("/")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        foreach (var url in Kept.Append(stylesheet))
        {
            using var mine = await _client.GetAsync(url);
            using var theirs = await otherClient.GetAsync(url);
            Assert.NotNull(mine.Headers.ETag);
            Assert.Equal(mine.Headers.ETag, theirs.Headers.ETag);
        }
    }

    [Theory]
    [InlineData("/posts/first-light")]
    [InlineData("/feed.xml")]
    public async Task If_none_match_with_the_tag_gets_304_without_a_body_before_and_after_the_page_is_kept(string url)
    {
        await using var fresh = new FixtureSite();
        var client = fresh.CreateClient();
        var tag = await TagOfAsync(client, url);

        // A new site has kept nothing yet: the first conditional request is answered as the page is made.
        await using var another = new FixtureSite();
        using var beforeKept = await ConditionalGetAsync(another.CreateClient(), url, tag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, beforeKept.StatusCode);
        Assert.Empty(await beforeKept.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, beforeKept.Headers.ETag);

        using var afterKept = await ConditionalGetAsync(client, url, tag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, afterKept.StatusCode);
        Assert.Empty(await afterKept.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, afterKept.Headers.ETag);

        using var weak = await ConditionalGetAsync(client, url, "W/" + tag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        using var listed = await ConditionalGetAsync(client, url, "\"other\", " + tag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, listed.StatusCode);
    }

    [Fact]
    public async Task If_none_match_with_another_tag_gets_the_page()
    {
        using var response = await ConditionalGetAsync(_client, "/posts/first-light", "\"stale\"");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("First light", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/", Page)]
    [InlineData("/posts/first-light", Page)]
    [InlineData("/archive/2022", Page)]
    [InlineData("/page/2", Page)]
    [InlineData("/feed.xml", Feed)]
    [InlineData("/sitemap.xml", Feed)]
    [InlineData("/robots.txt", Feed)]
    [InlineData("/healthz", "no-store, no-cache")]
    public async Task Cache_control_suits_the_url(string url, string expected)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(expected, response.Headers.CacheControl?.ToString());
    }

    /// <summary>A minute fresh everywhere, a minute more served stale while a CDN asks again, a day stale while no replica answers.</summary>
    private const string Page = "public, max-age=60, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400";

    private const string Feed = "public, max-age=600, s-maxage=600, stale-while-revalidate=600, stale-if-error=86400";

    [Fact]
    public async Task Images_are_revalidated_by_their_etag()
    {
        using var image = await _client.GetAsync("/assets/img/ml-pipeline-preview.png");
        Assert.True(image.Headers.CacheControl?.NoCache);
        Assert.NotNull(image.Headers.ETag);
    }

    [Theory]
    [InlineData("br", "/")]
    [InlineData("gzip", "/")]
    [InlineData("br", "/feed.xml")]
    [InlineData("gzip", "/sitemap.xml")]
    public async Task Compressed_as_the_client_accepts_with_its_own_etag(string coding, string url)
    {
        using var plain = await _client.GetAsync(url);
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();

        for (var round = 0; round < 2; round++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.ParseAdd(coding);
            using var compressed = await _client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
            Assert.Equal([coding], compressed.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
            Assert.NotEqual(plain.Headers.ETag, compressed.Headers.ETag);
            var body = await compressed.Content.ReadAsStreamAsync();
            using Stream decoded = coding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
            using var copy = new MemoryStream();
            await decoded.CopyToAsync(copy);
            Assert.Equal(plainBytes, copy.ToArray());
        }
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Other_queries_share_the_page_they_do_not_change()
    {
        var tag = await TagOfAsync(_client, "/page/2");
        Assert.Equal(tag, await TagOfAsync(_client, "/page/2?utm_source=feed"));
        Assert.NotEqual(tag, await TagOfAsync(_client, "/"));
    }

    [Fact]
    public async Task A_page_query_on_a_page_that_is_no_listing_is_answered_from_its_one_kept_copy()
    {
        using var plain = await _client.GetAsync("/posts/first-light");
        using var paged = await _client.GetAsync("/posts/first-light?page=7");

        Assert.Equal(plain.Headers.ETag, paged.Headers.ETag);
        Assert.True(paged.Headers.Age.HasValue, "answered from the kept copy");
    }

    [Fact]
    public async Task Errors_and_redirects_are_not_kept_as_pages()
    {
        for (var round = 0; round < 2; round++)
        {
            using var missing = await _client.GetAsync("/page/99");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Null(missing.Headers.ETag);
            Assert.Contains("This page is not here", await missing.Content.ReadAsStringAsync());

            using var redirect = await site.CreateNonRedirectingClient().GetAsync("/Posts/First-Light/");
            Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        }
    }

    [Theory]
    [InlineData("/not-found")]
    [InlineData("/healthz")]
    public async Task An_endpoint_that_says_nothing_is_not_kept(string url)
    {
        using var first = await _client.GetAsync(url);
        using var second = await _client.GetAsync(url);

        Assert.Null(second.Headers.ETag);
        Assert.False(second.Headers.Age.HasValue, "answered from a kept copy");
    }

    [Fact]
    public void Each_page_says_which_query_keys_make_its_copies_differ()
    {
        var varyBy = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<KeptAttribute>() is not null)
            .ToDictionary(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'), endpoint => endpoint.Metadata.GetMetadata<KeptAttribute>() is var kept
                && kept!.Apart ? $"{string.Join(",", kept.VaryByQuery)} (apart)" : string.Join(",", kept.VaryByQuery));

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["/"] = "", ["/categories/{slug}"] = "", ["/tags/{slug}"] = "", ["/archive/{period}"] = "",
                ["/page/{number}"] = "", ["/categories/{slug}/page/{number}"] = "", ["/tags/{slug}/page/{number}"] = "", ["/archive/{period}/page/{number}"] = "",
                ["/posts/{slug}"] = "", ["/{slug}"] = "", ["/categories"] = "", ["/tags"] = "", ["/archive"] = "",
                ["/feed.xml"] = "", ["/categories/{slug}/feed.xml"] = "", ["/sitemap.xml"] = "", ["/robots.txt"] = "", ["/opensearch.xml"] = "",
                ["/search"] = "q,page (apart)",
            },
            varyBy);
    }

    private static async Task<EntityTagHeaderValue> TagOfAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!;
    }

    private static Task<HttpResponseMessage> ConditionalGetAsync(HttpClient client, string url, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return client.SendAsync(request);
    }
}

/// <summary>A kept page never outlives the catalog it was made from.</summary>
public sealed class CachedCatalogChangeTests : IDisposable
{
    private static readonly DateTimeOffset Publication = new(2099, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Publication.AddDays(-1));
    private readonly SiteFactory _site;
    private readonly HttpClient _client;

    public CachedCatalogChangeTests()
    {
        _site = new SiteFactory(SiteFactory.FixturePostsPath, settings: FixtureSite.Settings, clock: _clock);
        _client = _site.CreateClient();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feed.xml")]
    [InlineData("/archive/2099")]
    public async Task A_post_whose_time_comes_gives_the_page_a_new_etag_and_content(string url)
    {
        using var before = await _client.GetAsync(url);
        using var kept = await _client.GetAsync(url);
        Assert.Equal(before.Headers.ETag, kept.Headers.ETag);
        Assert.DoesNotContain("A post from the future", await kept.Content.ReadAsStringAsync());

        _clock.SetUtcNow(Publication.AddMinutes(1));

        using var after = await _client.GetAsync(url);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("A post from the future", await after.Content.ReadAsStringAsync());

        using var revalidated = await ConditionalGetAsync(before.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
    }

    private Task<HttpResponseMessage> ConditionalGetAsync(string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return _client.SendAsync(request);
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}

/// <summary>On real Kestrel, which drops a HEAD response's body: a HEAD never leaves an empty page for GET.</summary>
public sealed class CachedHeadTests : IDisposable
{
    private readonly FixtureSite _site = new();
    private readonly HttpClient _client;

    public CachedHeadTests() => _client = _site.CreateClientOf(_site.StartKestrel());

    [Theory]
    [InlineData("/archive")]
    [InlineData("/sitemap.xml")]
    public async Task Head_first_then_get_gets_the_whole_page_with_the_same_tag(string url)
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var get = await _client.GetAsync(url);
        using var headAgain = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        var body = await get.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(body);
        Assert.Equal(body.Length, get.Content.Headers.ContentLength);
        Assert.Equal(head.Headers.ETag, get.Headers.ETag);
        Assert.Equal(get.Headers.ETag, headAgain.Headers.ETag);
#if !UNDER_PATH // the under-path client takes /blog off a body, not off the length a HEAD announces
        Assert.Equal(get.Content.Headers.ContentLength, headAgain.Content.Headers.ContentLength);
#endif
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}

/// <summary>In Development, kept pages still carry the live-reload script, and every load revalidates.</summary>
public sealed class DevelopmentCachingTests
{
    [Fact]
    public async Task Pages_keep_the_live_reload_script_and_ask_again_each_time()
    {
        await using var site = new SiteFactory(SiteFactory.FixturePostsPath, "Development");
        var client = site.CreateClient();
        for (var round = 0; round < 2; round++)
        {
            using var response = await client.GetAsync("/");
            Assert.Contains("/_live-reload.js", await response.Content.ReadAsStringAsync());
            Assert.True(response.Headers.CacheControl?.NoCache);
        }
    }
}
