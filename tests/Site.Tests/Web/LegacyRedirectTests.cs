using System.Net;

namespace Site.Tests.Web;

/// <summary>Every old address of a post (redirect_from, Jekyll's URLs) answers one 301 to it, query kept.</summary>
public sealed class LegacyRedirectTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateNonRedirectingClient();

    [Theory]
    [InlineData("/old/first-light/", "/posts/first-light")]
    [InlineData("/old/first-light", "/posts/first-light")]
    [InlineData("/research%20notes/talks/2023/04/02/first-light.html", "/posts/first-light")]
    [InlineData("/research%20notes/talks/2023/04/02/first-light", "/posts/first-light")]
    [InlineData("/research%20notes/talks/2023/04/02/first-light/", "/posts/first-light")]
    [InlineData("/posts/first-light.html", "/posts/first-light")]
    [InlineData("/series/2020/01/01/part-1.html", "/posts/part-1")]
    [InlineData("/links/2021/03/03/links-to-others.html", "/posts/links-to-others")]
    [InlineData("/research%20notes/2017/03/03/Donn%C3%A9es%20Ouvertes.html", "/posts/donn%C3%A9es-ouvertes")]
    [InlineData("/series/2020/12/01/part-12", "/posts/part-12")]
    public async Task Old_url_answers_one_301_to_the_post(string oldUrl, string target)
    {
        using var response = await _client.GetAsync(oldUrl);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.OriginalString);

        using var landed = await _client.GetAsync(target);
        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
    }

    [Fact]
    public async Task Redirect_keeps_the_query_string()
    {
        using var response = await _client.GetAsync("/old/first-light/?utm_source=mail&x=1");
        Assert.Equal("/posts/first-light?utm_source=mail&x=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Redirect_from_a_real_address_is_reported_and_ignored()
    {
        using var about = await _client.GetAsync("/about");
        Assert.Equal(HttpStatusCode.OK, about.StatusCode);
        Assert.Contains("Warning: 2023-04-02-first-light.md:10:5: warning: redirect_from '/about' ignored: it is an address the site serves", site.Logs);
    }

    [Theory]
    [InlineData("/2099/01/01/from-the-future.html")]
    [InlineData("/posts/draft-idea.html")]
    [InlineData("/research%20notes/talks/2023/04/02/no-such-post.html")]
    public async Task Old_urls_of_hidden_or_unknown_posts_are_404(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/news/2023/04/02/first-light/", "/posts/first-light")]
    [InlineData("/news/2023/04/02/first-light", "/posts/first-light")]
    [InlineData("/news/2020/01/01/part-1/", "/posts/part-1")]
    [InlineData("/research%20notes/talks/2023/04/02/first-light.html", "/posts/first-light")]
    public async Task The_old_sites_permalink_pattern_and_jekylls_default_both_answer(string oldUrl, string target)
    {
        using var site = new SiteFactory(SiteFactory.FixturePostsPath, settings: new Dictionary<string, string> { ["Site:Permalink"] = "/news/:year/:month/:day/:title/" });
        using var response = await site.CreateNonRedirectingClient().GetAsync(oldUrl);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.OriginalString);
    }
}

