using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

/// <summary>
/// Math typeset under load: many threads at once, and TeX written to make the typesetter work without end (apart from
/// <see cref="MathTypesettingTests"/>, so that the two run side by side).
/// </summary>
public sealed class MathUnderLoadTests
{
    [Fact]
    public void Many_threads_finishing_at_once_each_get_the_same_mathml()
    {
        var written = MathTypesettingTests.Render(string.Join("\n\n", Enumerable.Range(1, 6).Select(i => @"$$\sum_{k=1}^" + i + @" k^" + i + @" = \frac{a_" + i + @"}{b}$$ and \(x_" + i + @"\)."))).Body.Written;
        var alone = MathTypesettingTests.Stage.Finish(written, []);

        var finished = new string[16];
        Parallel.For(0, finished.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => finished[i] = MathTypesettingTests.Stage.Finish(written, []));

        Assert.All(finished, html => Assert.Equal(alone, html));
        Assert.Equal(12, new HtmlParser().ParseDocument(alone).QuerySelectorAll("math").Length);
    }

    [Theory]
    [InlineData("deeply nested braces", 20_000)]
    [InlineData("nested matrices", 2_000)]
    [InlineData("a macro expanded a hundred thousand times", 10)]
    public void Hostile_TeX_ends_soon_as_a_reported_problem(string what, int size)
    {
        var tex = what switch
        {
            "deeply nested braces" => new string('{', size) + "x" + new string('}', size),
            "nested matrices" => string.Concat(Enumerable.Repeat(@"\begin{matrix}", size)) + "x" + string.Concat(Enumerable.Repeat(@"\end{matrix}", size)),
            _ => @"\def\a{xxxxxxxxxx}\def\b{\a\a\a\a\a\a\a\a\a\a}\def\c{\b\b\b\b\b\b\b\b\b\b}\def\d{\c\c\c\c\c\c\c\c\c\c}" + string.Concat(Enumerable.Repeat(@"\d", size)),
        };
        var clock = Stopwatch.StartNew();

        var body = MathTypesettingTests.Render($"$${tex}$$");

        Assert.Equal("math-error", MathTypesettingTests.Page(body).QuerySelector("pre")!.ClassName);
        Assert.Matches("could not be typeset: (it takes too much work|Too many expansions|typesetting it took over)", Assert.Single(body.Body.Problems).Message);
        // The limits count statements, calls and expansions: a second or so where a core is free (docs/math.md). The
        // caller never waits longer than the backstop, however busy the machine.
        Assert.True(clock.Elapsed < Temml.Timeout + TimeSpan.FromSeconds(2), $"{what}: {clock.Elapsed}");
    }

    [Fact]
    public void After_three_pieces_that_take_too_much_work_the_rest_of_the_body_is_not_tried()
    {
        var hostile = "$$" + new string('{', 200) + "x" + new string('}', 200) + "$$"; // nested deeper than the call limit

        var body = MathTypesettingTests.Render(string.Join("\n\n", Enumerable.Repeat(hostile, 4)) + "\n\nThen $$x$$.");

        var reasons = body.Body.Problems.Select(p => p.Message[(p.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..]).ToList();
        Assert.Equal(5, reasons.Count);
        Assert.All(reasons.Take(3), reason => Assert.StartsWith("it takes too much work", reason, StringComparison.Ordinal));
        Assert.All(reasons.Skip(3), reason => Assert.Equal("not tried: 3 pieces of math before it in the post took too much work", reason));
    }
}
