using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

/// <summary>kramdown's typographic symbols: in prose, never in code, URLs or attributes; in titles and summaries too; off by a switch.</summary>
public sealed class TypographyTests
{
    private static string BodyText(string markdown, bool typography = true) =>
        new HtmlParser().ParseDocument(BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts) { Typography = typography }).Html).Body!.TextContent.Trim();

    [Theory]
    [InlineData("He said \"yes\".", "He said \u201Cyes\u201D.")]
    [InlineData("It's the 'best' one.", "It\u2019s the \u2018best\u2019 one.")]
    [InlineData("l'équipe", "l\u2019équipe")]
    [InlineData("pages 10--12 --- and then...", "pages 10\u201312 \u2014 and then\u2026")]
    [InlineData("<<Bonjour>>", "\u00ABBonjour\u00BB")]
    [InlineData("in the '90s", "in the \u201990s")]
    public void Prose_gets_kramdowns_typographic_symbols(string markdown, string text) => Assert.Equal(text, BodyText(markdown));

    [Fact]
    public void Code_urls_and_attributes_keep_their_straight_quotes()
    {
        var html = BodyPipeline.Default.Render(
            "Run `echo \"hi\" -- 'x'` or [\"go\"](https://x.example/?q=\"a\"--b) or <span title=\"it's\">x</span>\n\n```\nsay \"a\" -- 'b' ...\n```\n",
            new BodyContext(LinkResolver.WithoutPosts)).Html;
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal("echo \"hi\" -- 'x'", page.QuerySelector("p code")!.TextContent);
        Assert.Equal("say \"a\" -- 'b' ...\n", page.QuerySelector("pre code")!.TextContent);
        Assert.Contains("--b", page.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("\u201Cgo\u201D", page.QuerySelector("a")!.TextContent);
        Assert.Equal("it's", page.QuerySelector("span")!.GetAttribute("title"));
    }

    [Fact]
    public void The_switch_leaves_everything_straight()
    {
        Assert.Equal("He said \"yes\" -- it's...", BodyText("He said \"yes\" -- it's...", typography: false));
    }

    [Theory]
    [InlineData("\"Community Governance\" -- a talk", "\u201CCommunity Governance\u201D \u2013 a talk")]
    [InlineData("What's *new*: [a] & <b> #1_2", "What\u2019s *new*: [a] & <b> #1_2")]
    [InlineData("Plain title", "Plain title")]
    [InlineData("- a title that starts like a list item", "- a title that starts like a list item")]
    [InlineData("2023. A year of \"firsts\"", "2023. A year of \u201Cfirsts\u201D")]
    [InlineData("1) first -- then", "1) first \u2013 then")]
    [InlineData("> not a quote", "> not a quote")]
    public void Titles_and_written_summaries_get_them_as_plain_text(string written, string typeset) => Assert.Equal(typeset, Typography.Of(written));
}
