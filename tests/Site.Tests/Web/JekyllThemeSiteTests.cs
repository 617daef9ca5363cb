using System.Net;

namespace Site.Tests.Web;

/// <summary>
/// A Jekyll site built on a theme (Fixtures/jekyll-theme-site), copied in as it is: its config has every key the
/// theme's own documentation site writes, its posts name the theme's layouts, and the folder holds what such a
/// repository holds besides its posts.
/// </summary>
public sealed class JekyllThemeSiteTests(JekyllThemeSiteTests.Site site) : IClassFixture<JekyllThemeSiteTests.Site>
{
    public sealed class Site() : SiteFactory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jekyll-theme-site"));

    [Fact]
    public async Task Its_config_starts_the_site_and_its_paragraph_break_separator_makes_the_first_paragraph_the_summary()
    {
        var home = await site.CreateClient().GetDocumentAsync("/");

        Assert.StartsWith("Paper Trail", home.Title);
        Assert.Contains("The first paragraph is the excerpt, as the paragraph break of the config marks it.",
            home.QuerySelectorAll(".summary").Select(summary => summary.TextContent));
    }

    [Theory]
    [InlineData("/lab/weekly-notes/")]
    [InlineData("/lab/weekly-notes/index.html")]
    public async Task Its_permalinks_answer_301_also_at_the_index_html_jekyll_wrote(string oldUrl)
    {
        await AssertMovedToTheWeeklyNotesAsync(site, oldUrl);
    }

    [Theory]
    [InlineData("/lab/2019/weekly-notes")]
    [InlineData("/lab/2019/weekly-notes.html")]
    public async Task A_permalink_with_no_extension_answers_301_also_at_the_html_file_jekyll_wrote(string oldUrl)
    {
        await using var other = new SiteFactory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jekyll-theme-site"),
            settings: new Dictionary<string, string> { ["Site:Permalink"] = "/:categories/:year/:title" });

        await AssertMovedToTheWeeklyNotesAsync(other, oldUrl);
    }

    private static async Task AssertMovedToTheWeeklyNotesAsync(SiteFactory factory, string oldUrl)
    {
        using var response = await factory.CreateNonRedirectingClient().GetAsync(oldUrl);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/posts/weekly-notes", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/README.md")]
    [InlineData("/assets/js/plugins/jquery.plugin.js")]
    [InlineData("/assets/js/plugins/README.md")]
    [InlineData("/vendor/bundle/ruby/3.2.0/gems/kramdown-2.4.0/README.md")]
    [InlineData("/Gemfile")]
    [InlineData("/assets/README.md")]
    [InlineData("/index")]
    public async Task What_jekyll_leaves_out_or_only_copies_as_a_readme_is_not_served(string path)
    {
        using var response = await site.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
