using System.Diagnostics;

namespace Site.Content.Tests.Rendering.Liquid;

/// <summary>
/// What Liquid cannot run is reported at the file's own line and column and shows as written; the rest runs. A run
/// past its limits ends at once, with the body as written: never a skipped post, never a crashed server.
/// </summary>
public class LiquidErrorTests
{
    [Theory]
    [InlineData("{% gist 5555 %}", "Liquid '{% gist 5555 %}' is a tag this site does not know and shows as written")]
    [InlineData("{% else %}", "Liquid '{% else %}' is a tag this site does not know and shows as written")]
    [InlineData("{{ page.title | shout }}", "Liquid '{{ page.title | shout }}' uses the filter 'shout', which this site does not know and shows as written")]
    [InlineData("{{ page.title | }}", "Liquid '{{ page.title | }}' is not valid Liquid (An identifier was expected after the '|' sign) and shows as written")]
    [InlineData("{% assign = 3 %}", "Liquid '{% assign = 3 %}' is not valid Liquid (An identifier was expected after the 'assign' tag) and shows as written")]
    [InlineData("{% include %}", "Liquid '{% include %}' is not valid Liquid (a file name was expected after 'include') and shows as written")]
    public void An_unknown_tag_or_filter_or_a_syntax_error_shows_as_written_at_its_line_and_column_and_the_rest_runs(string wrong, string message)
    {
        var (output, problems) = LiquidBody.Run($"Title: {{{{ site.title }}}}.\n\nSee {wrong} and [x]({{% post_url 2023-01-01-x %}}).\n", firstLine: 5);

        Assert.Equal($"Title: Notes & Sketches.\n\nSee {wrong} and [x](/posts/x).\n", output);
        var problem = Assert.Single(problems);
        Assert.Equal((message, 7, 5), (problem.Message, problem.Line, problem.Column));
    }

    [Fact]
    public void Several_errors_are_each_reported_and_each_shows_as_written()
    {
        var (output, problems) = LiquidBody.Run("{% youtube abc %} {{ site.title }}\n{% youtube def %} {{ 1 | nope }} {% tweet 1 %}");

        Assert.Equal("{% youtube abc %} Notes & Sketches\n{% youtube def %} {{ 1 | nope }} {% tweet 1 %}", output);
        Assert.Equal([(1, 1), (2, 1), (2, 19), (2, 34)], problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void A_block_never_closed_shows_as_written_at_its_own_line_and_everything_after_it_runs()
    {
        var (output, problems) = LiquidBody.Run("""
            Intro {{ site.title }}.

            {% if page.draft %}
            Never closed.

            {% for i in (1..3) %}{{ i }}{% endfor %} and [x]({% post_url 2023-01-01-x %}).
            {% unless page.draft %}Shown.{% endunless %}
            """, firstLine: 3);

        Assert.Equal("""
            Intro Notes & Sketches.

            {% if page.draft %}
            Never closed.

            123 and [x](/posts/x).
            Shown.
            """, output);
        var problem = Assert.Single(problems);
        Assert.Equal(("Liquid '{% if page.draft %}' is never closed by {% endif %} and shows as written", 5, 1), (problem.Message, problem.Line, problem.Column));
    }

    [Fact]
    public void A_block_never_closed_inside_another_is_the_one_left_as_written()
    {
        var (output, problems) = LiquidBody.Run("{% for i in (1..2) %}{% if i == 1 %}{{ i }} {% endfor %}and {{ site.title }}");

        Assert.Equal("{% if i == 1 %}1 {% if i == 1 %}2 and Notes & Sketches", output);
        var problem = Assert.Single(problems);
        Assert.Equal(("Liquid '{% if i == 1 %}' is never closed by {% endif %} and shows as written", 1, 22), (problem.Message, problem.Line, problem.Column));
    }

    [Fact]
    public void A_filter_that_fails_on_its_input_leaves_the_body_as_written_reported_where_the_filter_is()
    {
        const string markdown = "Intro {{ site.title }}.\n\nEach gets {{ 10 | divided_by: page.parts }} and {{ 'abc' | slice: page.from }}.\n";

        var (output, problems) = LiquidBody.Run(markdown, page: new() { ["parts"] = 0L, ["from"] = 1L }, firstLine: 5);

        Assert.Same(markdown, output);
        var problem = Assert.Single(problems);
        Assert.Equal(("Liquid failed in the filter 'divided_by' (Attempted to divide by zero); the body's Liquid is not run and shows as written", 7, 11),
            (problem.Message, problem.Line, problem.Column));
    }

    [Fact]
    public void An_undefined_variable_is_empty_and_no_warning()
    {
        var (output, problems) = LiquidBody.Run("[{{ page.subtitle }}][{{ nothing }}]");

        Assert.Equal("[][]", output);
        Assert.Empty(problems);
    }

    [Fact]
    public void An_endless_loop_ends_by_steps_quickly_with_a_warning()
    {
        const string markdown = "Start.\n{% for a in (1..1000) %}{% for b in (1..1000) %}{% for c in (1..1000) %}{{ c }}{% endfor %}{% endfor %}{% endfor %}";
        LiquidBody.Run(markdown, LiquidBody.Site(maxParseMilliseconds: 1000));
        var clock = Stopwatch.StartNew();

        var (output, problems) = LiquidBody.Run(markdown, LiquidBody.Site(maxParseMilliseconds: 1000));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
        Assert.Same(markdown, output);
        var problem = Assert.Single(problems);
        Assert.StartsWith("Liquid ran past 10,000 steps or 64 nested loops and includes (a loop without end?)", problem.Message, StringComparison.Ordinal);
        Assert.Equal((2, 1), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_for_over_ten_million_items_ends_at_once_without_making_them()
    {
        const string markdown = "{% for i in (1..10000000) %}{{ i }}{% endfor %}";
        var clock = Stopwatch.StartNew();

        var (output, problems) = LiquidBody.Run(markdown);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Same(markdown, output);
        Assert.StartsWith("Liquid stopped: a range of 10,000,000 items is more than the 50,000 Liquid may make here", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{% assign s = 'ab' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s.size }}", "the filter 'append' made a text longer than")]
    [InlineData("{% assign s = 'ab' %}{% for i in (1..40) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}", "Liquid made more than")]
    [InlineData("{% assign a = '1,2' | split: ',' %}{% for i in (1..40) %}{% assign a = a | concat: a %}{% endfor %}", "the filter 'concat' made a list longer than")]
    public void Text_or_lists_doubled_each_turn_stop_long_before_the_memory_does(string markdown, string reason)
    {
        var (output, problems) = LiquidBody.Run(markdown);

        Assert.Same(markdown, output);
        Assert.Contains(reason, Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blocks_nested_past_what_the_parser_can_follow_are_refused_not_a_stack_overflow()
    {
        var markdown = string.Concat(Enumerable.Repeat("{% if true %}", 3000)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", 3000));

        var (output, problems) = LiquidBody.Run(markdown);

        Assert.Same(markdown, output);
        Assert.Equal("Liquid blocks nest deeper than 50 here; the body's Liquid is not run and shows as written", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_tag_too_long_to_be_real_shows_as_written_not_a_stack_overflow()
    {
        var markdown = "{{ 'a'" + string.Concat(Enumerable.Repeat(" | upcase", 100_000)) + " }} and {{ 'b' | upcase }}";

        var (output, problems) = LiquidBody.Run(markdown);

        Assert.EndsWith(" upcase }} and B", output, StringComparison.Ordinal);
        Assert.Matches(@"^Liquid '\{\{ 'a' \| upcase .*' is longer than 2,000 characters, more than any real tag, and shows as written$", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_post_whose_liquid_never_ends_is_served_as_written_never_skipped()
    {
        using var folder = new TempPostsFolder();
        folder.Post("2023-01-01-loop.md", "title: Loop", "Intro.\n\n{% for a in (1..100000) %}{% for b in (1..100000) %}{{ b }}{% endfor %}{% endfor %}\n");
        folder.Post("2023-01-02-cycle.md", "title: Cycle", "Intro.\n\n{% include self.html %}\n");
        folder.Write("_includes/self.html", "{% include self.html %}");

        var catalog = CatalogBuilder.Build(new CatalogSource(folder.PostsPath, null, TimeZoneInfo.Utc), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(["Cycle", "Loop"], catalog.Posts.Select(p => p.Title).Order());
        Assert.Contains("{% for a in (1..100000) %}", catalog.Posts.Single(p => p.Title == "Loop").Html, StringComparison.Ordinal);
        Assert.Equal([("2023-01-01-loop.md", 6, Severity.Warning), ("2023-01-02-cycle.md", 6, Severity.Warning)],
            catalog.Diagnostics.Select(d => (d.Path, d.Line ?? 0, d.Severity)));
    }

    [Theory]
    [InlineData("{% gist \"octo/5555\" file='a--b.rb' %}")]
    [InlineData("{{ \"Ada's\" | shout }}")]
    [InlineData("{% include missing.html title=\"Don't -- stop\" %}")]
    public void Liquid_left_as_written_gets_no_typography_while_the_prose_around_it_does(string written)
    {
        var html = LiquidBody.Html($"She said \"see {written} -- it's here\".");

        var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("p")!.TextContent;
        Assert.Equal($"She said \u201Csee {written} \u2013 it\u2019s here\u201D.", text);
    }

    [Fact]
    public void A_body_whose_liquid_is_not_run_shows_all_its_liquid_without_typography()
    {
        var html = LiquidBody.Html("Each gets {{ 10 | divided_by: 0 }} of {% assign x = \"it's\" %} \"{{ x }}\", it's \"more\".");

        Assert.Equal("Each gets {{ 10 | divided_by: 0 }} of {% assign x = \"it's\" %} \u201C{{ x }}\u201D, it\u2019s \u201Cmore\u201D.",
            new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void However_many_code_blocks_hold_liquid_that_cannot_be_read_each_shows_as_written_and_the_prose_liquid_runs()
    {
        // A Helm chart walked through file by file: each block a Go template, more blocks than the body is read again.
        var steps = string.Concat(Enumerable.Range(1, 30).Select(i => $"Step {i}:\n\n```yaml\nreplicas: {{{{ .Values.replicas{i} }}}}\n```\n\n"));
        var (output, problems) = LiquidBody.Run($"On {{{{ site.title }}}}.\n\n{steps}See [x]({{% post_url 2023-01-01-x %}}).");

        Assert.Equal($"On Notes & Sketches.\n\n{steps}See [x](/posts/x).", output);
        Assert.Equal(30, problems.Count);
        Assert.Equal(("Liquid '{{ .Values.replicas30 }}' in code is not valid Liquid (A value was expected); the code shows as written", 180, 11),
            (problems[^1].Message, problems[^1].Line, problems[^1].Column));
    }
}
