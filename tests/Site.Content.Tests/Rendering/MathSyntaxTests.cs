using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

/// <summary>
/// Math read as kramdown and MathJax sites write it, seen in the HTML as written (before typesetting): each piece a
/// placeholder holding its TeX as written, display or inline.
/// </summary>
public sealed class MathSyntaxTests
{
    private static RenderedBody Render(string markdown, int bodyFirstLine = 1) =>
        BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts, bodyFirstLine));

    /// <summary>A body of a post whose theme typesets math (math: true): <c>\(x\)</c> and <c>$x$</c> are math too.</summary>
    private static RenderedBody RenderWithMath(string markdown, int bodyFirstLine = 1) =>
        BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts, bodyFirstLine) { DollarMath = true });

    /// <summary>Each placeholder of the written HTML: its element, mode and TeX (unescaped by the HTML parser).</summary>
    private static List<(string Element, string Mode, string Tex)> Math(string markdown) => Math(RenderWithMath(markdown));

    private static List<(string Element, string Mode, string Tex)> Math(RenderedBody body) =>
        [.. new HtmlParser().ParseDocument(body.Body.Written).QuerySelectorAll("[data-math]")
            .Select(e => (e.LocalName, e.GetAttribute("data-math")!, e.TextContent))];

    [Fact]
    public void Double_dollars_standing_as_a_block_are_display_math()
    {
        Assert.Equal([("div", "display", @"\int_0^1 f(x)\,dx")], Math("""
            The area is

            $$\int_0^1 f(x)\,dx$$

            as expected.
            """));
    }

    [Fact]
    public void A_display_block_spans_lines_and_none_of_them_is_markdown()
    {
        // "- c" would start a list, "= e" would make a heading of the line above, "* " and "> " a list and a quote.
        Assert.Equal([("div", "display", "\n\\begin{aligned}\na &= b \\\\\n- c &= d\n= e\n* f &> g\n\\end{aligned}\n")], Math("""
            $$
            \begin{aligned}
            a &= b \\
            - c &= d
            = e
            * f &> g
            \end{aligned}
            $$
            """));
    }

    [Fact]
    public void Double_dollars_inside_a_paragraph_are_inline_math()
    {
        Assert.Equal([("span", "inline", "E = mc^2"), ("span", "inline", "c")], Math("Einstein's $$E = mc^2$$, where $$c$$ is the speed of light."));
    }

    [Theory]
    [InlineData("The energy is\n$$E = mc^2$$\nfor a body at rest.")] // a line of its own, but inside a paragraph
    [InlineData("$$E = mc^2$$ is the energy of a body at rest.")] // text follows on its line
    [InlineData("$$E = mc^2$$\nis the energy of a body at rest.")] // text follows on the next line, no blank line
    public void Double_dollars_that_do_not_stand_as_a_block_are_inline_as_kramdown_reads_them(string markdown)
    {
        Assert.Equal([("span", "inline", "E = mc^2")], Math(markdown));
    }

    [Fact]
    public void MathJax_parentheses_are_inline_and_brackets_display()
    {
        Assert.Equal([("span", "inline", @"\alpha"), ("div", "display", @"\sum_i x_i")], Math("""
            The rate \(\alpha\) sums:

            \[\sum_i x_i\]
            """));
    }

    [Fact]
    public void MathJax_delimiters_written_for_kramdown_with_two_backslashes_are_math_with_kramdowns_escapes_undone()
    {
        // kramdown reads "\\(" as an escaped backslash and a parenthesis: MathJax gets "\(" and the TeX as kramdown
        // leaves it, "\\" a line break, "\{" a brace, "\," untouched.
        Assert.Equal([("span", "inline", @"x_{t-1}"), ("span", "display", @" \begin{aligned} \alpha_t &= T\,\alpha_{t-1} \\ \{a\} \end{aligned} ")], Math("""
            The state \\(x_{t-1}\\) moves on: \\[ \begin{aligned} \alpha_t &= T\,\alpha_{t-1} \\\\ \\{a\\} \end{aligned} \\] as before.
            """));
    }

    [Fact]
    public void Two_backslash_brackets_standing_as_a_block_are_display_math_and_two_backslash_parentheses_inline()
    {
        Assert.Equal([("div", "display", "\na_1 &= b \\\\\n- c &= d\n"), ("span", "inline", "y")], Math("""
            \\[
            a\_1 &= b \\\\
            - c &= d
            \\]

            \\(y\\)
            """));
    }

    [Fact]
    public void Two_backslash_delimiters_in_code_stay_code()
    {
        var html = Render("Write `\\\\(x\\\\)` for MathJax.\n\n    \\\\[y\\\\]\n").Html;

        Assert.DoesNotContain("data-math", html, StringComparison.Ordinal);
        Assert.Contains(@"<code>\\(x\\)</code>", html, StringComparison.Ordinal);
        Assert.Contains(@"\\[y\\]", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_math_environment_standing_in_prose_is_display_math_its_delimiters_included()
    {
        // As al-folio's math post writes it, MathJax numbering the equation.
        Assert.Equal(
            [
                ("div", "display", "\\begin{equation}\n\\label{eq:cauchy-schwarz}\n\\left( \\sum_{k=1}^n a_k b_k \\right)^2 \\leq 1\n\\end{equation}"),
                ("span", "inline", @"\eqref{eq:cauchy-schwarz}"),
                ("span", "display", @"\begin{align*} a &= b \\ c &= d \end{align*}"),
            ],
            Math("""
                \begin{equation}
                \label{eq:cauchy-schwarz}
                \left( \sum_{k=1}^n a_k b_k \right)^2 \leq 1
                \end{equation}

                By \eqref{eq:cauchy-schwarz}, and \begin{align*} a &= b \\\\ c &= d \end{align*} in a paragraph.
                """));
    }

    [Theory]
    [InlineData(@"\begin{itemize} \item one \end{itemize}")] // not math: text, as it is in LaTeX tutorials
    [InlineData(@"An unclosed \begin{equation} x = 1.")]
    [InlineData(@"A \reference{x} and \refs.")]
    public void Other_environments_and_unclosed_ones_are_text(string markdown)
    {
        Assert.Empty(Math(markdown));
    }

    [Fact]
    public void References_to_equations_in_prose_are_inline_math()
    {
        Assert.Equal([("span", "inline", @"\eqref{eq:loss}"), ("span", "inline", @"\ref{eq:grad}")], Math(@"By \eqref{eq:loss} and \ref{eq:grad}."));
    }

    [Fact]
    public void A_single_backslash_before_a_bracket_is_kramdowns_escape_unless_tex_stands_between_or_the_post_typesets_math()
    {
        // karpathy.github.io, with mathjax: false: "an active range of \[-1,1\]" shows [-1,1] in Jekyll.
        var body = Render("""
            A tanh has an active range of \[-1,1\], so index a\[0\] and call f\(x\) here.

            \[
            not math either
            \]

            But \(E=mc^2\), \(\alpha\) and \[x_{t+1}\] read as TeX, and \\(y\\) is math as kramdown posts write it.
            """);

        var text = new HtmlParser().ParseDocument(body.Body.Written).Body!.TextContent;
        Assert.Contains("an active range of [-1,1], so index a[0] and call f(x) here.", text, StringComparison.Ordinal);
        Assert.Contains("[\nnot math either\n]", text, StringComparison.Ordinal);
        Assert.Equal([("span", "inline", "E=mc^2"), ("span", "inline", @"\alpha"), ("span", "display", "x_{t+1}"), ("span", "inline", "y")], Math(body));
        // Where the theme typesets math, MathJax's delimiters hold whatever stands between.
        Assert.Equal([("span", "inline", "x")], Math(RenderWithMath(@"call f\(x\) here")));
    }

    [Fact]
    public void MathJax_parentheses_standing_alone_stay_inline()
    {
        Assert.Equal([("span", "inline", "x")], Math(@"\(x\)"));
    }

    [Fact]
    public void MathJax_brackets_inside_a_paragraph_stay_display_math()
    {
        Assert.Equal([("span", "display", "x^2")], Math(@"The square \[x^2\] grows."));
    }

    [Fact]
    public void Display_math_in_a_list_item_and_in_a_quote()
    {
        Assert.Equal([("div", "display", "\nx + y\n"), ("div", "display", "\na\n- b\n")], Math("""
            - first

              $$
              x + y
              $$
            - second

            > $$
            > a
            > - b
            > $$
            """));
    }

    [Theory]
    [InlineData("It costs $5 and $10 to get in.")]
    [InlineData("Prices: $5, $10 and $$ for the rest.")] // an unclosed $$ is text
    [InlineData("An empty $$$$ pair.")]
    [InlineData(@"Escaped \$\$x\$\$ dollars.")]
    public void Single_dollars_and_unclosed_or_empty_delimiters_are_text(string markdown)
    {
        var body = Render(markdown);

        Assert.Empty(Math(markdown));
        Assert.DoesNotContain("data-math", body.Html, StringComparison.Ordinal);
        Assert.Contains("$", body.Html, StringComparison.Ordinal);
    }

    private static List<(string Element, string Mode, string Tex)> DollarMath(string markdown) =>
        Math(BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts) { DollarMath = true }));

    [Fact]
    public void Where_the_theme_reads_single_dollars_they_are_inline_math_as_pandoc_reads_them()
    {
        Assert.Equal([("span", "inline", @"a \ne 0"), ("span", "inline", "ax^2 + bx + c = 0"), ("span", "inline", "x_{i}^*"), ("span", "inline", @"\{1, 2\}")], DollarMath("""
            When $a \ne 0$, there are two solutions to $ax^2 + bx + c = 0$; the $x_{i}^*$-th root of $\\{1, 2\\}$.
            """));
    }

    [Theory]
    [InlineData("It costs $5 and $10 to get in.")]
    [InlineData("Between $20,000 and $30,000 a year.")]
    [InlineData("From US$5 to CA$7.")]
    [InlineData("A $ sign, then $ another.")]
    [InlineData(@"Escaped \$x\$ dollars.")]
    [InlineData("Code `$x$` and `echo $HOME$` stays code.")]
    public void Where_the_theme_reads_single_dollars_prices_and_escapes_stay_text(string markdown)
    {
        Assert.Empty(DollarMath(markdown));
    }

    [Fact]
    public void Single_dollar_math_and_double_dollar_math_together()
    {
        Assert.Equal([("span", "inline", "a"), ("span", "inline", "b + c")], DollarMath("Let $a$ and $$b + c$$ be."));
    }

    [Fact]
    public void Many_single_dollars_without_a_closing_one_cost_one_look_for_it_not_one_each()
    {
        var text = string.Concat(Enumerable.Repeat("$a ", 200_000));

        Assert.Empty(DollarMath(text));
    }

    [Fact]
    public void Many_openings_without_a_closing_one_cost_one_look_for_it_not_one_each()
    {
        // A megabyte of them: looking for the closing delimiter from each opening anew would scan the rest of the text
        // a hundred thousand times over. Timed against the same text with no delimiter in it, read just before, so that
        // a busy machine slows both alike.
        static string Text(string display, string inline) =>
            string.Concat(Enumerable.Repeat(display + "a\n\n", 100_000)) + string.Concat(Enumerable.Repeat(inline + "a " + display + "b ", 50_000));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Render(Text("xx", "yy"));
        var withoutDelimiters = clock.Elapsed;

        clock.Restart();
        var body = Render(Text("\\[", "\\("));

        Assert.True(clock.Elapsed < 4 * withoutDelimiters + TimeSpan.FromSeconds(1), $"took {clock.Elapsed}, against {withoutDelimiters} without delimiters");
        Assert.Equal(200_000, body.WordCount);
        Assert.DoesNotContain("data-math", body.Body.Written, StringComparison.Ordinal);
    }

    [Fact]
    public void Math_delimiters_in_code_spans_and_code_blocks_stay_code()
    {
        var html = Render("""
            Write `$$x^2$$` or `\(x\)`:

            ```
            $$
            y_1
            $$
            ```

                $$z$$
            """).Html;

        Assert.DoesNotContain("data-math", html, StringComparison.Ordinal);
        Assert.Contains("<code>$$x^2$$</code>", html, StringComparison.Ordinal);
        Assert.Contains(@"<code>\(x\)</code>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code tabindex=\"0\">$$\ny_1\n$$\n</code></pre>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code tabindex=\"0\">$$z$$\n</code></pre>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"$$a_1^2 * b_{i,j} \\ c$$")]
    [InlineData(@"Inline $$a_1^2 * b_{i,j} \\ c$$ too.")]
    [InlineData(@"Inline \(a_1^2 * b_{i,j} \\ c\) too.")]
    public void TeX_is_kept_byte_for_byte_never_read_as_markdown(string markdown)
    {
        Assert.Equal(@"a_1^2 * b_{i,j} \\ c", Assert.Single(Math(markdown)).Tex);
    }

    [Fact]
    public void Html_special_characters_in_TeX_are_escaped_in_the_placeholder()
    {
        var written = Render("""$$a < b & c > "d"$$""").Body.Written;

        Assert.Contains("a &lt; b &amp; c &gt; &quot;d&quot;", written, StringComparison.Ordinal);
        Assert.Equal("a < b & c > \"d\"", Assert.Single(Math("""$$a < b & c > "d"$$""")).Tex);
    }

    [Fact]
    public void Each_placeholder_carries_the_file_line_and_column_it_was_written_at()
    {
        var written = new HtmlParser().ParseDocument(RenderWithMath("Intro.\n\n$$x$$\n\nThen \\(y\\).", bodyFirstLine: 7).Body.Written);

        var places = written.QuerySelectorAll("[data-math]").Select(e => (e.GetAttribute("data-line"), e.GetAttribute("data-column")));
        Assert.Equal([("9", "1"), ("11", "6")], places);
    }

    [Fact]
    public void The_summary_keeps_inline_math_as_its_TeX_and_leaves_display_math_out()
    {
        var body = RenderWithMath("""
            $$\mathcal{L}(\theta) = \sum_i \ell_i$$

            The loss $$\mathcal{L}$$ sums \(\ell_i\) over examples.
            """);

        Assert.Equal(@"The loss \mathcal{L} sums \ell_i over examples.", body.FirstParagraphText);
    }

    [Fact]
    public void A_marked_excerpt_keeps_inline_math_as_its_TeX()
    {
        var body = RenderWithMath("""
            With $$p < 0.05$$ and \(n = 2^{10}\) samples.

            <!--more-->

            The rest.
            """);

        Assert.Equal("With p < 0.05 and n = 2^{10} samples.", body.MarkedExcerpt);
    }

    [Fact]
    public void Typography_never_touches_the_TeX_of_math()
    {
        // Quotes, dashes, ellipses and apostrophes are TeX's own there: primes, minus signs, \ldots written out.
        var body = RenderWithMath("""
            The "derivative" -- it's $$f''(x) = "a" -- b...$$ and \(g'(x) << 1\)...

            $$
            h'(t) --- 'q' ... \text{it's}
            $$
            """);

        Assert.Equal([("span", "inline", "f''(x) = \"a\" -- b..."), ("span", "inline", "g'(x) << 1"), ("div", "display", "\nh'(t) --- 'q' ... \\text{it's}\n")],
            Math(body));
        var prose = new HtmlParser().ParseDocument(body.Body.Written).QuerySelector("p")!.TextContent;
        Assert.StartsWith("The \u201Cderivative\u201D \u2013 it\u2019s f''(x)", prose, StringComparison.Ordinal);
        Assert.EndsWith("g'(x) << 1\u2026", prose, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_cell_holds_inline_math_a_pipe_in_its_TeX_included()
    {
        var body = RenderWithMath("""
            | quantity | value |
            |---|---|
            | norm | $$\lvert x \rvert = |x|$$ |
            | rate | \(\alpha\) |
            """);
        var cells = new HtmlParser().ParseDocument(body.Body.Written).QuerySelectorAll("tbody td:last-child");

        Assert.Equal([@"\lvert x \rvert = |x|", @"\alpha"], cells.Select(cell => Assert.Single(cell.QuerySelectorAll("[data-math=inline]")).TextContent));
    }

    [Fact]
    public void Lines_of_a_display_block_that_start_with_a_pipe_are_not_a_kramdown_table()
    {
        Assert.Equal([("div", "display", "\n|x| + |y|\n|z|\n")], Math("""
            $$
            |x| + |y|
            |z|
            $$
            """));
    }

    [Theory]
    [InlineData("$$\nE = mc^2\n$$\n{: .wide #energy}\n")] // kramdown's list after a block
    [InlineData("Before.\n\n{: .wide #energy}\n$$\nE = mc^2\n$$\n")] // and before it
    [InlineData("$$E = mc^2$$\n{: .wide #energy}\n")]
    public void A_display_block_beside_an_attribute_list_stays_display_math_and_takes_the_list(string markdown)
    {
        var written = new HtmlParser().ParseDocument(Render(markdown).Body.Written);

        var math = Assert.Single(written.QuerySelectorAll("div[data-math=display]"));
        Assert.Equal("E = mc^2", math.TextContent.Trim());
        Assert.Equal(["math", "wide"], math.ClassList);
        Assert.Equal("energy", math.Id);
        Assert.DoesNotContain("{:", written.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_math_takes_a_span_attribute_list()
    {
        var math = Assert.Single(new HtmlParser().ParseDocument(Render("The energy $$E = mc^2$${: .key} of a body.").Body.Written).QuerySelectorAll("[data-math]"));

        Assert.Equal(["math", "key"], math.ClassList);
        Assert.Equal("E = mc^2", math.TextContent);
    }

    [Fact]
    public void Math_in_a_markdown_block_of_raw_html_is_math_at_its_file_line()
    {
        var written = new HtmlParser().ParseDocument(RenderWithMath("Intro.\n\n<div class=\"box\" markdown=\"1\">\nThe rate \\(\\alpha\\):\n\n$$\\beta$$\n</div>\n", bodyFirstLine: 5).Body.Written);

        var places = written.QuerySelectorAll(".box [data-math]").Select(e => (e.TextContent, e.GetAttribute("data-line")));
        Assert.Equal([(@"\alpha", "8"), (@"\beta", "10")], places);
    }

    [Fact]
    public void A_heading_with_math_keeps_it_and_its_table_of_contents_entry_shows_its_TeX()
    {
        var written = new HtmlParser().ParseDocument(Render("* TOC\n{:toc}\n\n## The $$\\alpha$$ rule\n").Body.Written);

        var heading = written.QuerySelector("h2")!;
        Assert.Equal(@"\alpha", Assert.Single(heading.QuerySelectorAll("[data-math=inline]")).TextContent);
        Assert.Equal(@"The \alpha rule", written.QuerySelector($"#markdown-toc a[href='#{heading.Id}']")!.TextContent);
    }
}
