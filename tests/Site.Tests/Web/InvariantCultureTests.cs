using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Site.Tests.Web;

/// <summary>
/// Every machine-readable date is Gregorian ISO 8601, whatever the server's culture: under th-TH, whose calendar is
/// the Buddhist one, a date formatted by the culture reads 2566 for 2023.
/// </summary>
public sealed class InvariantCultureTests
{
    [Fact]
    public async Task Sitemap_feed_json_ld_time_and_old_urls_stay_gregorian_under_a_thai_server()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("th-TH");
        try
        {
            // The test server runs requests in this test's execution context, culture included.
            using var site = new SiteFactory(SiteFactory.FixturePostsPath, settings: FixtureSite.Settings,
                services: services => services.Configure<TestServerOptions>(options => options.PreserveExecutionContext = true));
            using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

            var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
            var lastmods = sitemap.Descendants().Where(e => e.Name.LocalName == "lastmod").Select(e => e.Value).ToList();
            Assert.Contains("2023-04-02", lastmods);
            Assert.All(lastmods, date => Assert.Matches(@"^20[0-9]{2}-[0-9]{2}-[0-9]{2}$", date));

            var feed = XDocument.Parse(await client.GetStringAsync("/feed.xml"));
            var dates = feed.Descendants().Where(e => e.Name.LocalName is "updated" or "published").Select(e => e.Value).ToList();
            Assert.NotEmpty(dates);
            Assert.All(dates, date => Assert.Matches(@"^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}T", date));

            var post = await client.GetDocumentAsync("/posts/first-light");
            Assert.Equal("2023-04-02", post.QuerySelector(".post-header time")!.GetAttribute("datetime"));
            using var jsonLd = JsonDocument.Parse(post.QuerySelector("script[type='application/ld+json']")!.TextContent);
            Assert.StartsWith("2023-04-02T00:00:00", jsonLd.RootElement.GetProperty("datePublished").GetString(), StringComparison.Ordinal);

            using var old = await client.GetAsync("/research%20notes/talks/2023/04/02/first-light.html");
            Assert.Equal("/posts/first-light", old.Headers.Location?.OriginalString);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
