namespace Site.Tests.Web;

/// <summary>Bad posts are logged with file, line and reason at startup, and every other post is served.</summary>
public sealed class StartupReportTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task Broken_files_are_logged_with_path_line_and_reason_and_the_rest_is_served()
    {
        var client = site.CreateClient();
        await client.GetDocumentAsync("/");
        var errors = site.Logs.Where(line => line.StartsWith("Error: ", StringComparison.Ordinal)).ToList();

        Assert.Contains(errors, e => e.StartsWith("Error: 2023-09-09-broken-front-matter.md:4:1: error: invalid YAML in front matter: While parsing a flow sequence", StringComparison.Ordinal));
        Assert.Contains("Error: notes/no-front-matter.md:1: error: no front matter: the file must start with a line '---', then fields such as 'title: ...', then a line '---'", errors);
        Assert.Contains(errors, e => e.StartsWith("Error: notes/2019-05-05-first-light.md: error: duplicate slug 'first-light': 2023-04-02-first-light.md already has it", StringComparison.Ordinal));
        Assert.Contains(site.Logs, line => line.Contains("16 posts, 1 pages, 3 skipped"));

        await client.GetDocumentAsync("/posts/first-light");
        await client.GetDocumentAsync("/posts/broken-front-matter", expectedStatus: 404);
    }

    [Fact]
    public async Task Finishing_the_posts_in_the_background_is_logged_when_done()
    {
        await site.CreateClient().GetDocumentAsync("/");

        await Eventually.TrueAsync(() => site.Logs.Any(line => line.StartsWith("Information: Finished the HTML of 18 posts and pages in ", StringComparison.Ordinal)),
            "the end of the background finishing is logged");
    }
}
