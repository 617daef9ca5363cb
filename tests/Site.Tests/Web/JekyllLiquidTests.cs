namespace Site.Tests.Web;

/// <summary>
/// Posts written for Jekyll, with their Liquid (a theme's welcome post, release notes built from includes and
/// front matter, a post of highlighted snippets, a page of the project made from its <c>_config.yml</c> and its posts),
/// served as Jekyll would have built them: the links the Liquid made reach the page and the posts they name, the code
/// shows as written, and nothing is reported.
/// </summary>
public sealed class JekyllLiquidTests(JekyllLiquidTests.Site site) : IClassFixture<JekyllLiquidTests.Site>
{
    public sealed class Site() : SiteFactory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jekyll-posts"), settings: FixtureSite.Settings);

    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task Links_made_by_liquid_reach_the_page_and_the_posts_they_name()
    {
        var release = await _client.GetDocumentAsync("/posts/release-2-0");
        var links = release.QuerySelectorAll(".post-body a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));

        Assert.Equal("/posts/welcome-to-jekyll", links["the welcome post"]);
        Assert.Equal("/posts/code-snippets", links["code snippets guide"]);
        Assert.Equal("/assets/img/ml-pipeline-preview.png", links["the new look"]);
        Assert.Equal("https://github.com/fixture-lab/tool/issues/118", links["#118"]);

        var welcome = await _client.GetDocumentAsync("/posts/welcome-to-jekyll");
        Assert.Equal("/posts/release-2-0", welcome.QuerySelectorAll(".post-body a").Single(a => a.TextContent == "release notes").GetAttribute("href"));
        Assert.Equal(["About the project", "Release 2.0"], welcome.QuerySelectorAll(".linked-from li a").Select(a => a.TextContent.Trim()).Order());
    }

    [Fact]
    public async Task Front_matter_site_values_and_includes_make_the_text()
    {
        var release = await _client.GetDocumentAsync("/posts/release-2-0");
        var body = release.QuerySelector(".post-body")!;

        Assert.Equal("Back up your settings before upgrading.", body.QuerySelector("aside.note.note-info")!.TextContent);
        Assert.Contains("Version 2.0 of the tool is out, Jun 1st, 2023.", body.TextContent, StringComparison.Ordinal);
        Assert.Equal(["A faster parser (#118)", "Dark mode (#131)", "Fewer dependencies"], body.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));

        var welcome = await _client.GetDocumentAsync("/posts/welcome-to-jekyll");
        Assert.Contains("This post was published on 19 May 2016 on Fixture Site.", welcome.QuerySelector(".post-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_configs_keys_and_the_sites_posts_are_site_variables_under_the_deployments_settings()
    {
        var page = await _client.GetDocumentAsync("/posts/about-the-project");
        var body = page.QuerySelector(".post-body")!;

        // The deployment's Site:Title wins over the config's title; its other keys are read as written.
        Assert.StartsWith("Fixture Site: release notes and guides for the tool, kept by Ada and Grace.", body.TextContent.Trim(), StringComparison.Ordinal);
        var links = body.QuerySelectorAll("a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href"))).ToList();
        Assert.Equal([
            ("GitHub", "https://github.com/fixture-lab/tool"),
            ("fixture-lab", "https://github.com/fixture-lab"),
            ("About the project", "/posts/about-the-project"),
            ("Code snippets", "/posts/code-snippets"),
            ("Release 2.0", "/posts/release-2-0"),
            ("Welcome to Jekyll!", "/posts/welcome-to-jekyll"),
        ], links);
        Assert.Contains("Release 2.0, 01 Jun 2023", body.TextContent, StringComparison.Ordinal);
        Assert.Contains("How-tos: About the project and Code snippets.", body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Highlighted_code_is_a_code_block_showing_its_liquid_as_written()
    {
        var page = await _client.GetDocumentAsync("/posts/code-snippets");
        var blocks = page.QuerySelectorAll(".post-body pre code");

        Assert.Equal(["language-python", "language-liquid"], blocks.Select(code => code.GetAttribute("class")));
        Assert.True(blocks[0].HasAttribute("data-linenos"));
        Assert.Equal("highlight", blocks[0].ParentElement!.ClassName);
        Assert.Equal(["def greet(name):", "    return f\"Hello, {name}\""], blocks[0].QuerySelectorAll("span.line").Select(line => line.TextContent));
        Assert.Contains(blocks[0].QuerySelectorAll("span[class]:not(.line)"), span => span.ClassName == "nf" && span.TextContent == "greet");
        Assert.Equal("{{ page.title | upcase }}\n{% for post in site.posts %}{{ post.title }}{% endfor %}\n", blocks[1].TextContent);
        Assert.Contains("Inline, {{ site.title }} shows as written, Fixture Site runs, and so does Fixture Site.", page.QuerySelector(".post-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_jekyll_posts_are_read_without_a_warning()
    {
        Assert.Equal([], site.Logs.Where(line => line.StartsWith("Warning", StringComparison.Ordinal) || line.StartsWith("Error", StringComparison.Ordinal)));
        Assert.Contains(site.Logs, line => line.Contains("Catalog built from", StringComparison.Ordinal) && line.Contains("4 posts, 0 pages, 0 skipped, 0 warnings", StringComparison.Ordinal));
    }
}
