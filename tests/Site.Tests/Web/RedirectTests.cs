using System.Net;

namespace Site.Tests.Web;

/// <summary>A URL that differs from a canonical one only by case, Unicode form or a trailing slash answers 301 to it.</summary>
public sealed class RedirectTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateNonRedirectingClient();

    [Theory]
    [InlineData("/posts/First-Light", "/posts/first-light")]
    [InlineData("/posts/first-light/", "/posts/first-light")]
    [InlineData("/POSTS/FIRST-LIGHT/", "/posts/first-light")]
    [InlineData("/About", "/about")]
    [InlineData("/categories/", "/categories")]
    [InlineData("/Categories/Research-Notes", "/categories/research-notes")]
    [InlineData("/archive/2022/", "/archive/2022")]
    [InlineData("/posts/DONN%C3%89ES-OUVERTES", "/posts/donn%C3%A9es-ouvertes")]
    [InlineData("/posts/donne%CC%81es-ouvertes", "/posts/donn%C3%A9es-ouvertes")]
    [InlineData("/categories/series/?page=2", "/categories/series/page/2")]
    [InlineData("/categories/series/page/2/", "/categories/series/page/2")]
    public async Task Variant_urls_redirect_permanently_to_the_canonical_one(string url, string canonical)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location?.OriginalString);

        using var target = await _client.GetAsync(canonical);
        Assert.Equal(HttpStatusCode.OK, target.StatusCode);
    }

    [Fact]
    public async Task Static_file_names_keep_their_case()
    {
        using var response = await _client.GetAsync("/CSS/SITE.CSS");
        Assert.NotEqual(HttpStatusCode.MovedPermanently, response.StatusCode);
    }
}
