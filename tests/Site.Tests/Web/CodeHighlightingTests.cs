using System.ServiceModel.Syndication;
using System.Xml;
using AngleSharp.Dom;

namespace Site.Tests.Web;

/// <summary>The sample research post's Python, bash and YAML blocks, coloured on the page and in the feed.</summary>
public sealed class CodeHighlightingTests(SampleSite site) : IClassFixture<SampleSite>
{
    private const string PostPath = "/posts/annotation-agreement";
    private const string PostTitle = "Measuring agreement between annotators";

    private static List<(string Class, string Text)> Spans(IElement code) =>
        [.. code.QuerySelectorAll("span[class]:not(.line)").Select(span => (span.ClassName!, span.TextContent))];

    [Fact]
    public async Task The_post_page_shows_each_block_highlighted_in_its_language()
    {
        var page = await site.CreateClient().GetDocumentAsync(PostPath);

        var blocks = page.QuerySelectorAll(".post-body pre.highlight > code");
        Assert.Equal(["language-python", "language-bash", "language-yaml"], blocks.Select(code => code.ClassName));
        var (python, bash, yaml) = (Spans(blocks[0]), Spans(blocks[1]), Spans(blocks[2]));
        Assert.Contains(("kd", "def"), python);
        Assert.Contains(("nf", "kappa"), python);
        Assert.Contains(("c1", "# below this, we revise the guide"), python);
        Assert.Contains(("m", "0.75"), python);
        Assert.Contains(python, span => span.Class.StartsWith('s') && span.Text == "\"\"\"Item id -> label, from a two-column CSV.\"\"\"");
        Assert.Contains(("k", "for"), bash);
        Assert.Contains(("nv", "$pair"), bash);
        Assert.Contains(("nt", "threshold"), yaml);
        Assert.Contains(("kc", "true"), yaml);
    }

    [Fact]
    public async Task A_block_asking_for_line_numbers_has_one_line_span_a_line_and_its_text_as_written()
    {
        var source = File.ReadAllText(Path.Combine(SiteFactory.SamplePostsPath, "2024-06-20-annotation-agreement.md")).ReplaceLineEndings("\n");
        var bashSource = source[(source.IndexOf("```bash linenos\n", StringComparison.Ordinal) + "```bash linenos\n".Length)..];
        bashSource = bashSource[..bashSource.IndexOf("```", StringComparison.Ordinal)];

        var page = await site.CreateClient().GetDocumentAsync(PostPath);

        var bash = page.QuerySelector(".post-body code.language-bash")!;
        Assert.True(bash.HasAttribute("data-linenos"));
        Assert.Equal(bashSource.TrimEnd('\n').Split('\n').Length, bash.QuerySelectorAll(".line").Length);
        Assert.Equal(bashSource, bash.TextContent);
    }

    [Fact]
    public async Task The_feed_carries_the_highlighted_code()
    {
        using var response = await site.CreateClient().GetAsync("/feed.xml");
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);

        var entry = feed.Items.Single(item => item.Title.Text == PostTitle);
        var content = Html.Parse(((TextSyndicationContent)entry.Content).Text);
        var python = content.QuerySelector("pre.highlight > code.language-python")!;
        Assert.Contains(("nf", "read_labels"), Spans(python));
    }
}
