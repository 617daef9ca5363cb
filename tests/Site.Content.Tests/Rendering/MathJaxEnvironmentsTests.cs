namespace Site.Content.Tests.Rendering;

/// <summary>
/// The TeX temml is given for MathJax's environments it lacks: only the environment's own columns and lines are
/// rewritten, never what a group, a nested environment, an escaped ampersand or a comment holds; the rest is as written.
/// </summary>
public sealed class MathJaxEnvironmentsTests
{
    [Fact]
    public void Eqnarray_becomes_an_alignat_whose_own_columns_only_are_moved()
    {
        var tex = MathJaxEnvironments.ForTemml("""
            x = \begin{eqnarray}
            M &=& \begin{array}{cc} 1 & 2 \\ 3 & 4 \end{array} \\[2pt]
            \{a \& b\}\label{eq:b}\mid &\in& {\textstyle \frac{1}{2} \\ c} % a comment & not a column
            \end{eqnarray} + y
            """);

        Assert.Equal("""
            x = \begin{alignat}{2}
            M &\;=\;&& \begin{array}{cc} 1 & 2 \\ 3 & 4 \end{array} \\[2pt]
            \{a \& b\} \mid &\;\in\;&& {\textstyle \frac{1}{2} \\ c} % a comment & not a column
            \label{eq:b}\end{alignat} + y
            """, tex);
    }

    [Theory]
    [InlineData(@"\begin{equation} a \\ b \end{equation}")]
    [InlineData(@"\begin{align} a &= b \label{x} \\ c &= d \end{align}")]
    [InlineData(@"\begin{eqnarray} a &=& b \\ c &=& d")] // never closed: temml says so
    [InlineData(@"\frac{a}{b} \text{no environment}")]
    public void TeX_with_nothing_to_rewrite_is_passed_as_written(string tex) =>
        Assert.Equal(tex, MathJaxEnvironments.ForTemml(tex));

    [Fact]
    public void Many_unclosed_environment_names_cost_one_reading_of_the_tex()
    {
        var tex = @"\begin{eqnarray}" + string.Concat(Enumerable.Repeat(@"\begin{", 400_000));

        Assert.Equal(tex, MathJaxEnvironments.ForTemml(tex));
    }
}
