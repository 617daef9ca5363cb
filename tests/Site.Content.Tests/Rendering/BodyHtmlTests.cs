namespace Site.Content.Tests.Rendering;

public sealed class BodyHtmlTests
{
    private sealed class Counting(string mark) : IHtmlStage
    {
        public int Runs;

        public string Finish(string html, ICollection<BodyProblem> problems)
        {
            Interlocked.Increment(ref Runs);
            problems.Add(new BodyProblem($"{mark} ran", 1, 1));
            return html + mark;
        }
    }

    [Fact]
    public void Finishing_runs_once_when_the_html_is_first_wanted_in_stage_order()
    {
        var (first, second) = (new Counting("1"), new Counting("2"));
        var body = new BodyHtml("<p>x</p>", [first, second]);

        Assert.False(body.IsFinished);
        Assert.Equal("<p>x</p>", body.Written);
        Assert.Equal(0, first.Runs);

        Parallel.For(0, 8, _ => Assert.Equal("<p>x</p>12", body.Html));

        Assert.True(body.IsFinished);
        Assert.Equal((1, 1), (first.Runs, second.Runs));
        Assert.Equal(["1 ran", "2 ran"], body.Problems.Select(p => p.Message));
    }

    [Fact]
    public void A_body_without_finishing_is_its_written_html()
    {
        var body = new BodyHtml("<p>x</p>");

        Assert.Equal("<p>x</p>", body.Html);
        Assert.Empty(body.Problems);
    }

    [Theory]
    [InlineData("```python linenos\nx = 1\n```", true)]
    [InlineData("```python linenos=table\nx = 1\n```", true)]
    [InlineData("```python\nx = 1\n```", false)]
    [InlineData("~~~ ruby\nputs 1\n~~~", false)]
    public void A_fence_with_linenos_after_its_language_asks_for_line_numbers(string markdown, bool numbered)
    {
        var html = BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts)).Html;

        var code = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("pre > code")!;
        Assert.StartsWith("language-", code.ClassName, StringComparison.Ordinal);
        Assert.Equal(numbered, code.HasAttribute("data-linenos"));
    }
}
