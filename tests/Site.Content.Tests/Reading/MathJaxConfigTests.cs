namespace Site.Content.Tests.Reading;

/// <summary>A post or a theme that configures MathJax itself for <c>$...$</c> has single-dollar math, as MathJax gave it.</summary>
public sealed class MathJaxConfigTests
{
    private const string MathJax2 = """
        <script type="text/x-mathjax-config">
        MathJax.Hub.Config({
          tex2jax: {inlineMath: [['$','$'], ['\\(','\\)']]}
        });
        </script>
        <script src="/vendor/MathJax/MathJax.js?config=TeX-AMS_HTML"></script>

        The loss is $\mathcal{L}(z) = \|y - G(z)\|_1$.
        """;

    private const string MathJax3 = """
        <script>
          window.MathJax = {
            tex: {
              inlineMath: [["\\(", "\\)"], ["$", "$"]],
              displayMath: [["$$", "$$"]]
            }
          };
        </script>

        Let $x \in \mathbb{R}^n$.
        """;

    [Theory]
    [InlineData(MathJax2)]
    [InlineData(MathJax3)]
    public void A_post_whose_own_script_gives_mathjax_dollars_for_inline_math_has_them(string body) =>
        Assert.True(MathJaxConfig.InBody(body, html: false));

    [Theory]
    [InlineData("<script>\nMathJax.Hub.Config({tex2jax: {inlineMath: [['\\\\(','\\\\)']]}});\n</script>\n\nIt costs $5 and $10.\n")]
    [InlineData("<script>\nMathJax.Hub.Config({tex2jax: {displayMath: [['$','$']]}});\n</script>\n")]
    [InlineData("Set `inlineMath: [['$','$']]` in your MathJax config.\n")]
    [InlineData("To set MathJax up:\n\n```html\n<script>\nMathJax.Hub.Config({tex2jax: {inlineMath: [['$','$']]}});\n</script>\n```\n\nIt costs $5 and $10.\n")]
    [InlineData("To set MathJax up:\n\n    <script>\n    MathJax.Hub.Config({tex2jax: {inlineMath: [['$','$']]}});\n    </script>\n")]
    public void A_post_that_only_shows_a_config_or_leaves_dollars_out_has_none(string body) =>
        Assert.False(MathJaxConfig.InBody(body, html: false));

    [Fact]
    public void A_post_that_shows_a_config_in_code_and_has_its_own_script_has_them()
    {
        var body = "```html\n<script>MathJax = {tex: {inlineMath: [['$','$']]}};</script>\n```\n\n" + MathJax3;

        Assert.True(MathJaxConfig.InBody(body, html: false));
    }
}
