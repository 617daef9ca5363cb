namespace Site.Tests.Web;

/// <summary>
/// A research post written for kramdown and MathJax, served: its math as MathML made on the server, with no script and
/// nothing from another host; prices, code and carets in prose as written; its code highlighted; a TeX error shown as
/// code and logged.
/// </summary>
public sealed class MathPageTests(MathSite site) : IClassFixture<MathSite>
{
    private readonly HttpClient _client = site.CreateClient();

    [Fact]
    public async Task The_math_of_a_research_post_is_mathml_in_the_page()
    {
        var page = await _client.GetDocumentAsync("/posts/attention-as-a-soft-lookup");
        var body = page.QuerySelector(".post-body")!;

        var display = body.QuerySelectorAll("div.math-display > math");
        Assert.Equal(3, display.Length);
        Assert.All(display, math => Assert.Equal("block", math.GetAttribute("display")));
        Assert.Equal("Attention", display[0].QuerySelector("mi")!.TextContent);
        Assert.NotNull(display[1].QuerySelector("mtable")); // the aligned equations
        Assert.Equal(7, body.QuerySelectorAll("p > math").Length);
        Assert.NotNull(body.QuerySelector("p > span.math-display > math[display=block]")); // MathJax's \[...\] in a paragraph
        Assert.Empty(body.QuerySelectorAll("[data-math], .math-error"));
    }

    [Fact]
    public async Task The_page_gets_no_script_and_nothing_from_another_host_for_its_math()
    {
        var page = await _client.GetDocumentAsync("/posts/attention-as-a-soft-lookup");

        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json'])"));
        Assert.All(page.QuerySelectorAll("link[rel=stylesheet], link[rel~=icon], link[rel=preload], img, iframe, object"), element =>
            Assert.StartsWith("/", element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("data"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prices_code_and_carets_in_prose_stay_as_written()
    {
        var body = (await _client.GetDocumentAsync("/posts/attention-as-a-soft-lookup")).QuerySelector(".post-body")!;

        Assert.Contains(body.QuerySelectorAll("p"), p => p.TextContent == "Training the small model cost about $5 of GPU time, the large one $120.");
        Assert.Contains("a typical logit is 2^5 = 32 times too large.", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("scores = q @ K.T / np.sqrt(d_k)  # $$ here is Python's business\n", body.QuerySelector("pre > code")!.TextContent);
    }

    [Fact]
    public async Task Its_code_is_highlighted_and_the_math_written_in_the_code_stays_code()
    {
        var body = (await _client.GetDocumentAsync("/posts/attention-as-a-soft-lookup")).QuerySelector(".post-body")!;

        var code = body.QuerySelector("pre.highlight > code.language-python")!;
        Assert.Contains(code.QuerySelectorAll("span.c, span.c1"), comment => comment.TextContent.Contains("$$ here is Python's business", StringComparison.Ordinal));
        Assert.Empty(code.QuerySelectorAll("math"));
        Assert.Equal(3, body.QuerySelectorAll("div.math-display > math").Length);
    }

    [Fact]
    public async Task The_listing_summary_shows_inline_math_as_its_TeX()
    {
        var home = await _client.GetDocumentAsync("/");

        var summary = home.QuerySelectorAll(".entry").Single(entry => entry.QuerySelector("h2")!.TextContent.Trim() == "Attention as a soft lookup")
            .QuerySelector(".summary")!.TextContent.Trim();
        Assert.StartsWith(@"A transformer layer looks things up. Given a query q \in \mathbb{R}^d and keys k_1, \dots, k_n,", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_TeX_error_shows_as_code_on_the_page_and_is_logged_at_its_file_line()
    {
        var page = await _client.GetDocumentAsync("/posts/a-typo-in-a-sum");

        Assert.Equal(@"\sum_{i=1}^n i = \frac{n(n+1)}{2", page.QuerySelector(".post-body pre.math-error > code")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".post-body math"));
        await Eventually.TrueAsync(() => site.Logs.Any(line => line.StartsWith("Warning: ", StringComparison.Ordinal) && line.EndsWith(
            @"2024-06-02-a-typo-in-a-sum.md:8:1: warning: math '\sum_{i=1}^n i = \frac{n(n+1)}{2' could not be typeset: " +
            "Unexpected end of input in a macro argument, expected '}' at end of input", StringComparison.Ordinal)), "the TeX error is logged");
    }
}
