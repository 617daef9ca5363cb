using System.Globalization;
using Site.Web;

namespace Site.Tests.Web;

/// <summary>A range until "present" reaches the new year at New Year in the site's time zone, with no restart.</summary>
public sealed class NewYearRebuildTests : IDisposable
{
    private readonly string _posts = Directory.CreateTempSubdirectory("site-new-year-").FullName;

    public NewYearRebuildTests()
    {
        File.WriteAllText(Path.Combine(_posts, "ongoing.md"), "---\ntitle: Ongoing work\nrange: 2024 - present\n---\nStill going.\n");
        File.WriteAllText(Path.Combine(_posts, "2025-03-03-done.md"), "---\ntitle: Finished work\nrange: 2024 - 2025\n---\nDone.\n");
    }

    public void Dispose() => Directory.Delete(_posts, recursive: true);

    [Fact]
    public async Task A_range_until_present_reaches_the_new_year_when_it_comes()
    {
        // Auckland is UTC+13 in summer: its New Year comes at 11:00 UTC on 31 December.
        var newYear = new DateTimeOffset(2026, 12, 31, 11, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(newYear.AddSeconds(-1));
        using var site = new SiteFactory(_posts, settings: new Dictionary<string, string> { ["Site:TimeZone"] = "Pacific/Auckland" }, clock: clock);
        using var client = site.CreateClient();
        Assert.Equal(["Ongoing work"], (await client.GetDocumentAsync("/archive/2026")).EntryTitles());
        Assert.Empty((await client.GetDocumentAsync("/archive/2027")).EntryTitles());

        clock.SetUtcNow(newYear.AddSeconds(1));

        await Eventually.TrueAsync(async () => (await client.GetDocumentAsync("/archive/2027")).EntryTitles() is ["Ongoing work"], "the ongoing work is listed in 2027");
        Assert.Equal(["Ongoing work"], (await client.GetDocumentAsync("/archive/2026")).EntryTitles());
        Assert.Contains(site.Logs, line => line.Contains("A new year in Pacific/Auckland: building the catalog again"));
    }

    [Fact]
    public async Task A_post_still_scheduled_at_new_year_appears_with_the_new_year_in_its_range()
    {
        File.Delete(Path.Combine(_posts, "ongoing.md"));
        var newYear = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        File.WriteAllText(Path.Combine(_posts, "2027-01-01-later.md"), "---\ntitle: Scheduled work\ndate: 2027-01-01 09:00:00 +0000\nrange: 2025 - present\n---\nSoon.\n");
        var clock = new FakeTimeProvider(newYear.AddSeconds(-1));
        using var site = new SiteFactory(_posts, clock: clock);
        using var client = site.CreateClient();
        Assert.DoesNotContain("Scheduled work", (await client.GetDocumentAsync("/archive/2026")).EntryTitles());

        clock.SetUtcNow(newYear.AddSeconds(1));
        await Eventually.TrueAsync(() => site.Logs.Count(line => line.Contains("Catalog built from")) == 2, "the catalog is built again at New Year");
        clock.SetUtcNow(newYear.AddHours(10));

        Assert.Contains("Scheduled work", (await client.GetDocumentAsync("/archive/2027")).EntryTitles());
    }

    [Fact]
    public async Task A_posts_folder_gone_at_new_year_keeps_the_catalog_served()
    {
        var newYear = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(newYear.AddSeconds(-1));
        using var site = new SiteFactory(_posts, clock: clock);
        using var client = site.CreateClient();
        Assert.Contains("Ongoing work", (await client.GetDocumentAsync("/")).EntryTitles());

        Directory.Move(_posts, _posts + "-moved");
        try
        {
            clock.SetUtcNow(newYear.AddSeconds(1));
            await Eventually.TrueAsync(() => site.Logs.Any(line => line.Contains("the catalog built before stays served")), "a warning about the missing folder");

            Assert.Contains("Ongoing work", (await client.GetDocumentAsync("/")).EntryTitles());
            Assert.Single(site.Logs, line => line.Contains("Catalog built from"));
        }
        finally
        {
            Directory.Move(_posts + "-moved", _posts);
        }
    }

    [Theory]
    [InlineData("2026-06-15T12:00:00Z", "UTC", "2027-01-01T00:00:00Z")]
    [InlineData("2026-12-31T23:59:59Z", "UTC", "2027-01-01T00:00:00Z")]
    [InlineData("2027-01-01T00:00:00Z", "UTC", "2028-01-01T00:00:00Z")]
    [InlineData("2026-12-31T10:59:59Z", "Pacific/Auckland", "2026-12-31T11:00:00Z")]
    [InlineData("2026-12-31T11:00:00Z", "Pacific/Auckland", "2027-12-31T11:00:00Z")]
    [InlineData("2027-01-01T04:59:59Z", "America/New_York", "2027-01-01T05:00:00Z")]
    public void Next_new_year_is_midnight_on_1_January_in_the_site_time_zone(string now, string zone, string expected)
    {
        var next = NewYearRebuild.NextNewYear(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone));

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), next);
    }
}
