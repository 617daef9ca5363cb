namespace Site.Tests.Web;

/// <summary>
/// Posts written for Jekyll, with their Liquid (a theme's welcome post, release notes built from includes and
/// front matter, a post of highlighted snippets), served as Jekyll would have built them: the links the Liquid made
/// reach the page and the posts they name, the code shows as written, and nothing is reported.
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
        Assert.Equal("https://fixture.example/issues/118", links["#118"]);

        var welcome = await _client.GetDocumentAsync("/posts/welcome-to-jekyll");
        Assert.Equal("/posts/release-2-0", welcome.QuerySelectorAll(".post-body a").Single(a => a.TextContent == "release notes").GetAttribute("href"));
        Assert.Equal(["Release 2.0"], welcome.QuerySelectorAll(".linked-from li a").Select(a => a.TextContent.Trim()));
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
        Assert.Contains("Inline, {{ site.title }} is code too, while Fixture Site is not.", page.QuerySelector(".post-body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_jekyll_posts_are_read_without_a_warning()
    {
        Assert.Equal([], site.Logs.Where(line => line.StartsWith("Warning", StringComparison.Ordinal) || line.StartsWith("Error", StringComparison.Ordinal)));
        Assert.Contains(site.Logs, line => line.Contains("Catalog built from", StringComparison.Ordinal) && line.Contains("3 posts, 0 pages, 0 skipped, 0 warnings", StringComparison.Ordinal));
    }
}
