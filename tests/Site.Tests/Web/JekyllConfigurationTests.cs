using System.Net;

namespace Site.Tests.Web;

/// <summary>The posts folder's <c>_config.yml</c> is the site's configuration, above appsettings.json and below the environment.</summary>
public sealed class JekyllConfigurationTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();

    public JekyllConfigurationTests()
    {
        _folder.Write("_config.yml", """
            title: Lab notes from Jekyll
            description: What the lab did
            author: {name: Ada Lovelace}
            url: https://lab.example.org
            timezone: America/New_York
            permalink: /news/:year/:month/:day/:title/
            paginate: 1
            theme: minima
            """);
        _folder.Post("_posts/2024-03-01-first.md", "title: First\ndate: 2024-03-01 23:30:00 -0500");
        _folder.Post("_posts/2024-03-05-second.md", "title: Second");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Its_settings_are_the_site_settings()
    {
        await using var site = new SiteFactory(_folder.PostsPath);
        var client = site.CreateNonRedirectingClient();

        var home = await client.GetDocumentAsync("/");
        Assert.Contains("Lab notes from Jekyll", home.Title, StringComparison.Ordinal);
        Assert.Single(home.QuerySelectorAll(".entry"));
        Assert.Equal("https://lab.example.org/", home.Head!.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("Ada Lovelace", await client.GetStringAsync("/feed.xml"), StringComparison.Ordinal);

        // The permalink's date is in the site's time zone: 23:30 in New York is the 1st there.
        using var old = await client.GetAsync("/news/2024/03/01/first/");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/posts/first", old.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_setting_given_to_the_deployment_wins_over_it()
    {
        await using var site = new SiteFactory(_folder.PostsPath, settings: new Dictionary<string, string> { ["Site:Title"] = "Set for the deployment", ["Site:PageSize"] = "10" });
        var home = await site.CreateClient().GetDocumentAsync("/");

        Assert.Contains("Set for the deployment", home.Title, StringComparison.Ordinal);
        Assert.Equal(2, home.QuerySelectorAll(".entry").Length);
    }

    [Fact]
    public async Task A_setting_it_holds_that_cannot_be_used_leaves_the_site_running_and_is_reported()
    {
        _folder.Write("_config.yml", "title: Still starts\ntimezone: Mars/Olympus\npaginate: lots\n");
        await using var site = new SiteFactory(_folder.PostsPath);

        var home = await site.CreateClient().GetDocumentAsync("/");

        Assert.Contains("Still starts", home.Title, StringComparison.Ordinal);
        Assert.Contains(site.Logs, line => line.StartsWith("Warning: _config.yml:2:11: warning: timezone 'Mars/Olympus'", StringComparison.Ordinal));
    }
}
