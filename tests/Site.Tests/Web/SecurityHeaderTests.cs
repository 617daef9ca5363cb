using System.Net;
using Site.Web;

namespace Site.Tests.Web;

/// <summary>Every response carries the headers that let a browser refuse what the site never does, and none that name the server.</summary>
public sealed class SecurityHeaderTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateNonRedirectingClient();

    public static TheoryData<string, string> Responses => new()
    {
        { "GET", "/" }, { "GET", "/posts/first-light" }, { "GET", "/css/site.css" }, { "GET", "/feed.xml" }, { "GET", "/healthz" },
        { "GET", "/no-such-page" }, { "GET", "/Posts/First-Light" }, { "GET", "/page/99" }, { "GET", "/?page=2" }, { "HEAD", "/archive" }, { "POST", "/" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_has_the_security_headers(string method, string url)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.Contains("style-src 'self';", csp);
        Assert.Contains("style-src-attr 'unsafe-inline';", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotMatch("script-src[^;]*unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal(SecurityHeaders.PermissionsPolicy, Assert.Single(response.Headers.GetValues("Permissions-Policy")));
    }
}

/// <summary>What only real Kestrel shows: the Server header, and HSTS behind a proxy that is, or is not, trusted.</summary>
public sealed class ProxyAndServerHeaderTests
{
    private static async Task<HttpResponseMessage> GetAsync(SiteFactory site, bool forwardedHttps)
    {
        var client = site.CreateClientOf(site.StartKestrel());
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        // HSTS is never sent for localhost: the request names the public host, as a proxy passes it on.
        request.Headers.Host = "site.example";
        if (forwardedHttps)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task No_server_header()
    {
        using var site = new FixtureSite();
        using var response = await GetAsync(site, forwardedHttps: false);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }

    [Fact]
    public async Task Https_from_a_trusted_proxy_gets_hsts()
    {
        using var site = new SiteFactory(SiteFactory.FixturePostsPath, settings: new Dictionary<string, string> { ["Site:TrustedProxies:0"] = "127.0.0.1" });
        using var response = await GetAsync(site, forwardedHttps: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task Forwarded_headers_from_a_proxy_not_in_configuration_are_ignored()
    {
        using var site = new SiteFactory(SiteFactory.FixturePostsPath, settings: new Dictionary<string, string> { ["Site:TrustedProxies:0"] = "10.0.0.0/8" });
        using var response = await GetAsync(site, forwardedHttps: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "a request from an untrusted address claimed HTTPS and got HSTS");
    }

    [Fact]
    public async Task Forwarded_headers_are_ignored_when_no_proxy_is_configured()
    {
        using var site = new FixtureSite();
        using var response = await GetAsync(site, forwardedHttps: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "with no trusted proxy, a client's X-Forwarded-Proto was believed");
    }

    [Fact]
    public async Task Plain_http_gets_no_hsts()
    {
        using var site = new FixtureSite();
        using var response = await GetAsync(site, forwardedHttps: false);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }
}
