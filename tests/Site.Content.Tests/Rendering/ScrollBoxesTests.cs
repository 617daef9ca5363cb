using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

/// <summary>
/// Boxes the pipeline writes that scroll sideways on a phone (tables, code blocks, display math, long inline math, TeX
/// shown as code) are in the tab order; the author's raw HTML keeps its elements and attributes as written.
/// </summary>
public sealed class ScrollBoxesTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Render(string markdown) =>
        new HtmlParser().ParseDocument(BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts)).Html);

    [Fact]
    public void Tables_highlighted_code_and_display_math_can_be_reached_from_the_keyboard()
    {
        var document = Render("""
            ```python
            print("a line longer than any phone is wide, and then some more")
            ```

            | a | b |
            | - | - |
            | 1 | 2 |

            $$\sum_{i=1}^{n} x_i$$

            $$\frac{1}{$$
            """);

        Assert.Equal("0", document.QuerySelector("pre.highlight > code")!.GetAttribute("tabindex"));
        Assert.Equal("0", document.QuerySelector("table")!.GetAttribute("tabindex"));
        Assert.Equal("0", document.QuerySelector(".math-display")!.GetAttribute("tabindex"));
        Assert.Null(document.QuerySelector(".math-display math")!.GetAttribute("tabindex"));
        Assert.Equal("0", document.QuerySelector("pre.math-error")!.GetAttribute("tabindex"));
    }

    [Theory]
    [InlineData("```\nplain text, no language, wider than a phone is wide\n```\n")]
    [InlineData("```no-such-language\nwider than a phone is wide\n```\n")]
    [InlineData("    indented code, wider than a phone is wide\n")]
    [InlineData("~~~ ruby\nputs 'kramdown fence'\n~~~\n")]
    public void Every_code_block_can_be_reached_from_the_keyboard_highlighted_or_not(string markdown)
    {
        var code = Render(markdown).QuerySelector("pre > code")!;

        Assert.Equal("0", code.GetAttribute("tabindex"));
        Assert.Null(code.ParentElement!.GetAttribute("tabindex"));
    }

    [Theory]
    [InlineData(@"Let $$x$$ be.", null)]
    [InlineData(@"So $$f(x) = \sum_{i=1}^{n} a_i x^i + b + c + d - \log(1 - \sigma(w))$$ holds.", "0")]
    public void Inline_math_joins_the_tab_order_only_when_too_long_for_a_phone(string markdown, string? expected) =>
        Assert.Equal(expected, Render(markdown).QuerySelector("math")!.GetAttribute("tabindex"));

    [Theory]
    [InlineData("<table class=\"wide\"><tr><td>1</td></tr></table>\n")]
    [InlineData("<pre class=\"x\">raw text</pre>\n")]
    [InlineData("<p>An <abbr title=\"&lt;table&gt; element\">t</abbr>.</p>\n")]
    public void The_author_s_raw_html_is_left_as_written(string html) =>
        Assert.Equal(html, BodyPipeline.Default.Render(html, new BodyContext(LinkResolver.WithoutPosts)).Html);

    [Fact]
    public void An_attribute_list_s_tabindex_is_kept()
    {
        var document = Render("$$x^2$$\n{: tabindex=\"-1\"}\n");

        Assert.Equal("-1", document.QuerySelector(".math-display")!.GetAttribute("tabindex"));
    }
}
