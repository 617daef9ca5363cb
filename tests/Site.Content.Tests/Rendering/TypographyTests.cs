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
    [InlineData("It protects the users' data.", "It protects the users\u2019 data.")]
    [InlineData("James' car is red.", "James\u2019 car is red.")]
    [InlineData("She is 5'10\" tall.", "She is 5\u201910\u201D tall.")]
    [InlineData("An \"Unclosed quote.", "An \u201CUnclosed quote.")]
    [InlineData("*\"So what's wrong with Wordpress?\"*", "\u201CSo what\u2019s wrong with Wordpress?\u201D")]
    [InlineData("He asked (\"really?\") twice.", "He asked (\u201Creally?\u201D) twice.")]
    [InlineData("She said \"it's the users' data\" twice.", "She said \u201Cit\u2019s the users\u2019 data\u201D twice.")]
    [InlineData("He said, \"'Quoted' words here.\"", "He said, \u201C\u2018Quoted\u2019 words here.\u201D")]
    [InlineData("the **'80s** and 'tis", "the \u201980s and \u2018tis")]
    [InlineData("\"[Markdown](https://example.com/)\" is a format", "\u201CMarkdown\u201D is a format")]
    [InlineData("Escaped \\\"quotes\\\" stay", "Escaped \"quotes\" stay")]
    [InlineData("<< guillemets >> and <<tight>>", "\u00AB\u00A0guillemets\u00A0\u00BB and \u00ABtight\u00BB")]
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
    public void Raw_html_elements_that_hold_code_keep_their_text_as_written()
    {
        var page = new HtmlParser().ParseDocument(BodyPipeline.Default.Render(
            "Run <code>git commit --amend -m \"fix\"</code>, press <kbd>--</kbd> and <kbd>Ctrl</kbd>, see <samp>it's...</samp> -- \"done\"",
            new BodyContext(LinkResolver.WithoutPosts)).Html);

        Assert.Equal("git commit --amend -m \"fix\"", page.QuerySelector("code")!.TextContent);
        Assert.Equal(["--", "Ctrl"], page.QuerySelectorAll("kbd").Select(kbd => kbd.TextContent));
        Assert.Equal("it's...", page.QuerySelector("samp")!.TextContent);
        Assert.EndsWith("it's... \u2013 \u201Cdone\u201D", page.Body!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_alt_text_is_kept_as_written_as_kramdown_keeps_it()
    {
        var page = new HtmlParser().ParseDocument(BodyPipeline.Default.Render(
            "![alt \"quoted\" -- it's text](x.png) and \"after\"", new BodyContext(LinkResolver.WithoutPosts)).Html);

        Assert.Equal("alt \"quoted\" -- it's text", page.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("and \u201Cafter\u201D", page.Body!.TextContent.Trim());
    }

    [Fact]
    public void A_table_of_contents_lists_headings_as_typeset()
    {
        var page = new HtmlParser().ParseDocument(BodyPipeline.Default.Render(
            "* TOC\n{:toc}\n\n## The users' data\n", new BodyContext(LinkResolver.WithoutPosts)).Html);

        Assert.Equal("The users\u2019 data", page.QuerySelector("#markdown-toc a")!.TextContent);
        Assert.Equal("The users\u2019 data", page.QuerySelector("h2")!.TextContent);
    }

    [Theory]
    [InlineData("apos,apos,quot,quot", "She said \"it's the users' data\" \u2013 twice\u2026")]
    [InlineData("sbquo,lsquo,bdquo,ldquo", "She said \u201Eit\u2018s the users\u2018 data\u201C \u2013 twice\u2026")]
    [InlineData("lsaquo,rsaquo,laquo,raquo", "She said \u00ABit\u203As the users\u203A data\u00BB \u2013 twice\u2026")]
    [InlineData("39,39,34,34", "She said \"it's the users' data\" \u2013 twice\u2026")]
    public void The_sites_smart_quotes_are_what_quotes_and_apostrophes_become_and_dashes_and_ellipses_stay_typeset(string entities, string text)
    {
        var quotes = SmartQuotes.Parse(entities.Split(','), out _)!;
        const string Written = "She said \"it's the users' data\" -- twice...";

        var body = new HtmlParser().ParseDocument(BodyPipeline.Default.Render(
            "## The users' \"data\"\n\n" + Written + "\n\nIn a <span title=\"it's\">span</span>, `code's \"quotes\"` stay.\n",
            new BodyContext(LinkResolver.WithoutPosts) { Quotes = quotes }).Html);

        Assert.Equal(text, body.QuerySelectorAll("p")[0].TextContent);
        Assert.Equal(text, Typography.Of(Written, quotes));
        Assert.Equal("The users" + quotes.RightSingle + " " + quotes.LeftDouble + "data" + quotes.RightDouble, body.QuerySelector("h2")!.TextContent);
        Assert.Equal("it's", body.QuerySelector("span")!.GetAttribute("title"));
        Assert.Equal("code's \"quotes\"", body.QuerySelector("code")!.TextContent);
    }

    [Theory]
    [InlineData("lsquo,rsquo,ldquo,rdquo", "\u2018", "\u201D")]
    [InlineData(" apos, apos, quot, quot", "'", "\"")]
    [InlineData("128512,rsquo,ldquo,rdquo", "\U0001F600", "\u201D")]
    public void Smart_quotes_are_entity_names_or_decimal_code_points(string entities, string leftSingle, string rightDouble)
    {
        var quotes = SmartQuotes.Parse(entities.Split(','), out var problem);

        Assert.Null(problem);
        Assert.Equal((leftSingle, rightDouble), (quotes!.LeftSingle, quotes.RightDouble));
    }

    [Theory]
    [InlineData("lsquo,rsquo,ldquo", "needs exactly four entities (left single, right single, left double, right double quote), not 3")]
    [InlineData("lsquo,rsquo,ldquo,curly", "'curly' is no HTML entity name (such as lsquo, apos, quot) or decimal code point (such as 39)")]
    [InlineData("#39,rsquo,ldquo,rdquo", "'#39' is no HTML entity name (such as lsquo, apos, quot) or decimal code point (such as 39)")]
    [InlineData("lsquo,rsquo,ldquo,7", "'7' is no HTML entity name (such as lsquo, apos, quot) or decimal code point (such as 39)")]
    public void Smart_quotes_that_name_no_character_are_refused_with_the_reason(string entities, string expected)
    {
        Assert.Null(SmartQuotes.Parse(entities.Split(','), out var problem));
        Assert.Equal(expected, problem);
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
    [InlineData("She said \"it's the users' data\"", "She said \u201Cit\u2019s the users\u2019 data\u201D")]
    [InlineData("James' car: 5'10\" and \"unclosed", "James\u2019 car: 5\u201910\u201D and \u201Cunclosed")]
    [InlineData("Notes (\"draft\") from the '80s", "Notes (\u201Cdraft\u201D) from the \u201980s")]
    [InlineData("snake_case_\"name\"", "snake_case_\u201Cname\u201D")]
    [InlineData("<< Bonjour >>", "\u00AB\u00A0Bonjour\u00A0\u00BB")]
    public void Titles_and_written_summaries_get_them_as_plain_text(string written, string typeset) => Assert.Equal(typeset, Typography.Of(written));
}
