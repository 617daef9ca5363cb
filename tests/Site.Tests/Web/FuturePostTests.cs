using System.Net;

namespace Site.Tests.Web;

/// <summary>A post dated in the future is hidden everywhere, then appears by itself when its time comes, with no restart.</summary>
public sealed class FuturePostTests : IDisposable
{
    private static readonly DateTimeOffset Publication = new(2099, 1, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Publication.AddDays(-1));
    private readonly SiteFactory _site;
    private readonly HttpClient _client;

    public FuturePostTests()
    {
        _site = new SiteFactory(SiteFactory.FixturePostsPath, settings: FixtureSite.Settings, clock: _clock);
        _client = _site.CreateClient();
    }

    [Fact]
    public async Task Future_post_is_hidden_everywhere_then_appears_when_its_date_passes()
    {
        await AssertHiddenAsync();

        _clock.SetUtcNow(Publication.AddMinutes(-1));
        await AssertHiddenAsync();

        _clock.SetUtcNow(Publication.AddMinutes(1));
        await _client.GetDocumentAsync("/posts/from-the-future");
        Assert.Equal("A post from the future", (await _client.GetDocumentAsync("/")).EntryTitles()[0]);
        Assert.Contains("A post from the future", await _client.GetStringAsync("/feed.xml"));
        Assert.Contains("/posts/from-the-future", await _client.GetStringAsync("/sitemap.xml"));
        await _client.GetDocumentAsync("/categories/future");
        await _client.GetDocumentAsync("/archive/2099");
        Assert.Equal("A post from the future", (await _client.GetDocumentAsync("/archive/2099")).EntryTitles().Single());
    }

    private async Task AssertHiddenAsync()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/posts/from-the-future")).StatusCode);
        Assert.DoesNotContain("A post from the future", (await _client.GetDocumentAsync("/")).EntryTitles());
        Assert.DoesNotContain("from the future", await _client.GetStringAsync("/feed.xml"));
        Assert.DoesNotContain("from-the-future", await _client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/categories/future")).StatusCode);
        Assert.Empty((await _client.GetDocumentAsync("/archive/2099")).EntryTitles());
    }

    public void Dispose()
    {
        _client.Dispose();
        _site.Dispose();
    }
}
