using System.Net;

namespace Site.Tests.Web;

/// <summary>Status codes, methods, static files and the health check.</summary>
public sealed class ProtocolTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/posts/first-light")]
    [InlineData("DELETE", "/css/site.css")]
    [InlineData("OPTIONS", "/healthz")]
    [InlineData("PATCH", "/no/such/page")]
    public async Task Other_methods_get_405_with_allow(string method, string url)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/posts/no-such-post")]
    [InlineData("/a/b/c/d")]
    [InlineData("/posts/")]
    [InlineData("/categories/series/extra")]
    public async Task Unknown_urls_get_the_html_404_page(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("This page is not here", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header nav"));
    }

    [Fact]
    public async Task Healthz_is_200_once_the_catalog_is_loaded()
    {
        using var response = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>
/// Static files come from the repository's wwwroot/ with a body, in Production and in Development: a wrong content root
/// answers 200 with an empty body, silently.
/// </summary>
public sealed class StaticFileTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task Stylesheet_and_images_are_served_with_content(string environment)
    {
        await using var site = new SiteFactory(SiteFactory.FixturePostsPath, environment);
        var client = site.CreateClient();

        var home = await client.GetDocumentAsync("/");
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var css = await client.GetAsync(stylesheet);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("prefers-color-scheme: dark", await css.Content.ReadAsStringAsync());

        var image = await client.GetByteArrayAsync("/assets/img/ml-pipeline-preview.png");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], image[..4]);
    }
}

/// <summary>HEAD on real Kestrel: the test server would send the body that Kestrel drops.</summary>
public sealed class HeadTests : IDisposable
{
    private readonly FixtureSite _site = new();
    private readonly HttpClient _client;

    public HeadTests() => _client = _site.CreateClientOf(_site.StartKestrel());

    public static TheoryData<string> Urls => new()
    {
        "/", "/posts/first-light", "/about", "/categories", "/categories/series", "/archive", "/archive/2022", "/archive/2020-2022", "/healthz",
        "/tags", "/tags/telescopes", "/feed.xml", "/categories/series/feed.xml", "/sitemap.xml", "/robots.txt",
    };

    [Fact]
    public async Task Head_answers_wherever_get_does_with_the_same_headers_and_no_body()
    {
        foreach (var url in Urls)
        {
            using var get = await _client.GetAsync(url);
            using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

            Assert.Equal(get.StatusCode, head.StatusCode);
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}
