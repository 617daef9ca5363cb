using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

/// <summary>Boxes that scroll sideways on a phone (code, tables, display math, long inline math) are in the tab order.</summary>
public sealed class ScrollBoxesTests
{
    private static string Finish(string html) => new ScrollBoxes().Finish(html, new List<BodyProblem>());

    private static string? TabIndex(string html, string selector) =>
        new HtmlParser().ParseDocument(html).QuerySelector(selector)!.GetAttribute("tabindex");

    [Fact]
    public void Code_tables_and_display_math_of_a_body_can_be_reached_from_the_keyboard()
    {
        var html = BodyPipeline.Default.Render("""
            ```python
            print("a line longer than any phone is wide, and then some more")
            ```

                indented = 1

            | a | b |
            | - | - |
            | 1 | 2 |

            $$\sum_{i=1}^{n} x_i$$
            """, new BodyContext(LinkResolver.WithoutPosts)).Html;

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(["0", "0"], document.QuerySelectorAll("pre").Select(pre => pre.GetAttribute("tabindex")));
        Assert.Equal("0", document.QuerySelector("table")!.GetAttribute("tabindex"));
        Assert.Equal("0", document.QuerySelector(".math-display")!.GetAttribute("tabindex"));
        Assert.Null(document.QuerySelector(".math-display math")!.GetAttribute("tabindex"));
    }

    [Theory]
    [InlineData("<p>Let <math><mi>x</mi></math> be.</p>", null)]
    [InlineData("<p>Then <math><semantics><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><annotation encoding=\"application/x-tex\">a + b + a very long annotation</annotation></semantics></math>.</p>", null)]
    [InlineData("<p>So <math><mrow><mi>f</mi><mo>(</mo><mi>x</mi><mo>)</mo><mo>=</mo><msubsup><mo>∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>a</mi><mi>i</mi></msub><msup><mi>x</mi><mi>i</mi></msup><mo>+</mo><mi>b</mi><mo>+</mo><mi>c</mi><mo>+</mo><mi>d</mi><mo>−</mo><mi>log</mi><mo>(</mo><mn>1</mn><mo>−</mo><mi>σ</mi><mo>(</mo><mi>w</mi><mo>)</mo><mo>)</mo></mrow></math>.</p>", "0")]
    public void Inline_math_joins_the_tab_order_only_when_too_long_for_a_phone(string html, string? expected) =>
        Assert.Equal(expected, TabIndex(Finish(html), "math"));

    [Theory]
    [InlineData("<pre tabindex=\"-1\"><code>x</code></pre>")]
    [InlineData("<table title=\"a>b\" TABINDEX=\"-1\"><tr><td>1</td></tr></table>")]
    [InlineData("<p>A <code>&lt;pre&gt;</code> and <abbr title=\"<table> element\">t</abbr>.</p>")]
    [InlineData("<script>el.innerHTML = \"<pre>\";</script><textarea><table></textarea><!-- <pre> -->")]
    public void An_author_s_tabindex_and_what_only_looks_like_a_tag_are_left_as_written(string html) => Assert.Equal(html, Finish(html));

    [Fact]
    public void Tags_in_any_case_and_with_any_attributes_are_found()
    {
        var finished = Finish("<PRE class=\"x\">a</PRE><table\nclass=\"wide\"><tr><td>1</td></tr></table><div class=\"note math-display\"><math display=\"block\"><mi>x</mi></math></div>");

        Assert.Equal("<PRE tabindex=\"0\" class=\"x\">a</PRE><table tabindex=\"0\"\nclass=\"wide\"><tr><td>1</td></tr></table><div tabindex=\"0\" class=\"note math-display\"><math display=\"block\"><mi>x</mi></math></div>", finished);
    }
}
