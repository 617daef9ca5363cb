using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

/// <summary>The site owner's seed post: every link the author wrote reaches the page.</summary>
public partial class SeedPostTests
{
    private const string FileName = "2024-03-12-community-data-stewardship.md";

    /// <summary>A copy of the site owner's sample posts, the seed post among them: the repository's posts/ is the adopter's to replace.</summary>
    private static string PostsFolder() => Path.Combine(AppContext.BaseDirectory, "Fixtures", "sample");

    private static PostSource ReadSeed()
    {
        var diagnostics = new List<ContentDiagnostic>();
        var reader = new PostReader(PostsFolder(), CatalogSource.DefaultMaxPostBytes, new FrontMatterParser(TimeZoneInfo.Utc, 2025));
        var source = reader.Read(FileName, diagnostics);
        Assert.Empty(diagnostics);
        Assert.NotNull(source);
        return source;
    }

    [Fact]
    public void Every_link_in_the_source_reaches_the_rendered_page()
    {
        var source = ReadSeed();
        var written = HrefPattern().Matches(source.Text.Body).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value))
            .Concat(MarkdownLinkPattern().Matches(source.Text.Body).Select(m => m.Groups["url"].Value))
            .ToList();
        Assert.True(written.Count >= 9, $"only {written.Count} links found in the seed post");

        var html = BodyPipeline.Default.Render(source.Text.Body, new BodyContext(LinkResolver.WithoutPosts, source.Text.BodyFirstLine)).Html;
        var document = new HtmlParser().ParseDocument(html);
        var rendered = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
            .Concat(document.QuerySelectorAll("img[src]").Select(img => img.GetAttribute("src")!))
            .ToHashSet(StringComparer.Ordinal);

        Assert.All(written, url => Assert.Contains(url, rendered));
    }

    [Fact]
    public void The_long_youtube_redirect_keeps_its_whole_query()
    {
        var source = ReadSeed();
        var html = BodyPipeline.Default.Render(source.Text.Body, new BodyContext(LinkResolver.WithoutPosts)).Html;
        var link = new HtmlParser().ParseDocument(html).QuerySelectorAll("a")
            .Single(a => a.GetAttribute("href")!.StartsWith("https://www.youtube.com/redirect", StringComparison.Ordinal));

        var query = new Uri(link.GetAttribute("href")!).Query;
        Assert.Contains("event=video_description", query);
        Assert.Contains("&redir_token=", query);
        Assert.Contains("&q=https%3A%2F%2Fmiro.com%2Fapp%2Fboard%2FuXjVMeuvLR8%3D%2F%3Fshare_link_id%3D159151239611", query);
        Assert.EndsWith("&v=Z3gI_BUgF94", query);
        Assert.Equal("noopener", link.GetAttribute("rel"));
    }

    [Fact]
    public void Its_front_matter_reads_as_the_author_meant()
    {
        var frontMatter = ReadSeed().FrontMatter;
        Assert.Equal("community data stewardship and alternatives to Big AI", frontMatter.Title);
        Assert.Equal(new YearRange(2022, 2024), frontMatter.Range);
        Assert.Equal(["blog"], frontMatter.Categories);
        Assert.True(frontMatter.Published);
        Assert.Equal("/assets/img/ml-pipeline-preview.png", LinkResolver.WithoutPosts.Resolve(frontMatter.Image!));
    }

    [Fact]
    public void Its_summary_is_its_short_first_paragraph_as_plain_text()
    {
        var source = ReadSeed();
        var body = BodyPipeline.Default.Render(source.Text.Body, new BodyContext(LinkResolver.WithoutPosts));
        const string expected = "From 2022, I developed a number of projects on community data stewardship as alternatives " +
                                "to mainstream AI alongside researcher Jennifer Ding.";
        Assert.Equal(expected, body.FirstParagraphText);
        Assert.Equal(expected, Summary.Cut(body.FirstParagraphText));
    }

    [Fact]
    public void Its_first_two_paragraphs_together_are_cut_at_a_word_near_200_characters()
    {
        var source = ReadSeed();
        var joined = BodyPipeline.Default.Render(source.Text.Body.Replace("Ding</a>.\n\nAs the", "Ding</a>. As the"), new BodyContext(LinkResolver.WithoutPosts))
            .FirstParagraphText;
        Assert.True(joined.Length > 250, joined);

        var summary = Summary.Cut(joined);

        Assert.Equal("From 2022, I developed a number of projects on community data stewardship as alternatives " +
                     "to mainstream AI alongside researcher Jennifer Ding. As the community manager of The Turing Way, it became…", summary);
    }

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]*)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex(@"\]\((?<url>[^)\s]+)\)")]
    private static partial Regex MarkdownLinkPattern();
}
