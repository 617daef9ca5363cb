using System.Diagnostics;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

/// <summary>
/// Math finished into MathML by temml in Jint, as a reader's page gets it: inline and display, TeX errors shown as
/// code and reported at their line, bodies without math left alone, many threads at once, hostile TeX stopped.
/// </summary>
public sealed class MathTypesettingTests
{
    internal static readonly MathTypesetting Stage = new(Temml.InAppFolder);

    /// <summary>A body of a post whose theme typesets math (math: true), as MathJax reads it: <c>\(x\)</c> and <c>$x$</c> are math.</summary>
    internal static RenderedBody Render(string markdown, int bodyFirstLine = 1) =>
        BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts, bodyFirstLine) { DollarMath = true });

    internal static IDocument Page(RenderedBody body) => new HtmlParser().ParseDocument(body.Html);

    [Fact]
    public void Display_and_inline_math_become_mathml_and_no_placeholder_is_left()
    {
        var body = Render("""
            The mean of \(x_1, \dots, x_n\) is $$\bar{x}$$:

            $$\bar{x} = \frac{1}{n}\sum_{i=1}^n x_i$$
            """);
        var page = Page(body);

        var display = Assert.Single(page.QuerySelectorAll("div.math-display > math"));
        Assert.Equal("block", display.GetAttribute("display"));
        Assert.NotNull(display.QuerySelector("mfrac"));
        Assert.NotNull(display.QuerySelector("munderover"));
        var inline = page.QuerySelectorAll("p > math");
        Assert.Equal(2, inline.Length);
        Assert.All(inline, math => Assert.NotEqual("block", math.GetAttribute("display")));
        Assert.Empty(page.QuerySelectorAll("[data-math]"));
        Assert.Empty(body.Body.Problems);
    }

    [Fact]
    public void Subscripts_and_superscripts_are_typeset_from_the_TeX_as_written()
    {
        var math = Assert.Single(Page(Render(@"Here $$a_1^2 * b_{i,j}$$ holds.")).QuerySelectorAll("math"));

        var scripts = Assert.Single(math.QuerySelectorAll("msubsup"));
        Assert.Equal(["a", "1", "2"], scripts.Children.Select(child => child.TextContent));
        Assert.Equal("b", math.QuerySelector("msub")!.Children[0].TextContent);
        Assert.Equal("i,j", math.QuerySelector("msub")!.Children[1].TextContent);
        Assert.Equal("\u2217", math.QuerySelector("mo")!.TextContent); // the asterisk operator, as TeX sets *
    }

    [Fact]
    public void MathJax_brackets_in_a_paragraph_are_display_math_in_a_box_of_their_own()
    {
        var math = Assert.Single(Page(Render(@"The square \[x^2\] grows.")).QuerySelectorAll("p > span.math-display > math"));

        Assert.Equal("block", math.GetAttribute("display"));
    }

    [Fact]
    public void Math_written_with_two_backslashes_for_kramdown_and_a_bare_environment_are_typeset()
    {
        var body = Render("""
            The filter runs \\[ \begin{aligned} \alpha_t &= T\,\alpha_{t-1} \\\\ \beta_t &= \\{1\\} \end{aligned} \\] each step.

            \begin{equation*}
            \sum_{k=1}^n a_k^2
            \end{equation*}
            """);
        var page = Page(body);

        Assert.Empty(body.Body.Problems);
        var aligned = page.QuerySelector("p > span.math-display > math mtable")!;
        Assert.Equal(2, aligned.QuerySelectorAll(":scope > mtr").Length);
        Assert.NotNull(aligned.QuerySelector("mspace[width='0.1667em']")); // \, is a thin space, not a comma
        Assert.DoesNotContain(",", aligned.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("div.math-display > math munderover"));
        Assert.DoesNotContain(@"\\", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Equations_are_numbered_through_the_post_and_references_show_their_numbers_and_link_to_them()
    {
        var body = Render("""
            As \eqref{eq:energy} shows, and $$\ref{eq:sum}$$ too:

            \begin{equation}
            \label{eq:energy}
            E = mc^2
            \end{equation}

            $$
            \begin{align}
            a &= \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix} \\
            b &= c \label{eq:sum} \\
            d &= e \tag{*} \label{eq:star}
            \end{align}
            $$

            By \eqref{eq:star}, $$x = \eqref{eq:energy}$$.
            """);
        var page = Page(body);

        Assert.Empty(body.Body.Problems);
        Assert.Equal(["(1)", "(2)", "(3)"], page.QuerySelectorAll(".tml-eqn").Select(number => number.TextContent));
        Assert.Equal("E", page.QuerySelector("mtr#eqenergy mi")!.TextContent);
        Assert.Equal("b", page.QuerySelector("mtr#eqsum mi")!.TextContent);
        var references = page.QuerySelectorAll("a.tml-ref").Select(a => (a.GetAttribute("href"), a.TextContent, a.GetAttribute("aria-label"))).ToList();
        Assert.Equal([("#eqenergy", "(1)", "equation (1)"), ("#eqsum", "3", "equation 3"), ("#eqstar", "(*)", "equation (*)"), ("#eqenergy", "(1)", "equation (1)")], references);
    }

    [Fact]
    public void Eqnarray_is_three_columns_numbered_on_each_line_but_where_a_line_says_nonumber()
    {
        var body = Render("""
            As \eqref{eq:second} shows:

            $$
            \begin{eqnarray}
            f(x) &=& (x+1)^2 \nonumber \\
                 &=& x^2 + 2x \label{eq:second} \\
                 & & +\, 1 \\
            \label{eq:bound} g(x) &\leq& h(x)
            \end{eqnarray}
            $$

            \begin{eqnarray*} a &=& b \\\\ c &<& d \end{eqnarray*}

            And \eqref{eq:bound}.
            """);
        var page = Page(body);

        Assert.Empty(body.Body.Problems);
        Assert.Empty(page.QuerySelectorAll(".math-error"));
        var lines = page.QuerySelector("div.math-display mtable")!.Children;
        Assert.Equal(4, lines.Length);
        // Each line's cells: the left side, the relation, then the right side, which starts at one place on every line.
        string Cell(int line, int column) => lines[line].Children[column].TextContent;
        Assert.Equal(("f(x)", "=", "(x+1)2"), (Cell(0, 1), Cell(0, 2), Cell(0, 4)));
        Assert.Equal(("", "", "+1"), (Cell(2, 1), Cell(2, 2), Cell(2, 4)));
        // The relation between thick spaces, as MathJax spaces eqnarray's columns (Chromium spaces no relation alone in a cell).
        Assert.Equal(2, lines[0].Children[2].QuerySelectorAll("mspace[width='0.2778em']").Length);
        Assert.Equal(("g(x)", "\u2264", "h(x)"), (Cell(3, 1), Cell(3, 2), Cell(3, 4)));
        Assert.Equal(["", "(1)", "(2)", "(3)"], lines.Select(line => line.Children[^1].TextContent));
        Assert.Equal(["eqsecond", "eqbound"], page.QuerySelectorAll("mtr[id]").Select(line => line.Id));
        Assert.Equal(["(1)", "(3)"], page.QuerySelectorAll("a.tml-ref").Select(reference => reference.TextContent));
        var starred = page.QuerySelectorAll("div.math-display mtable")[1];
        Assert.Equal(["a=b", "c<d"], starred.Children.Select(line => line.TextContent));
        Assert.Empty(starred.QuerySelectorAll(".tml-eqn"));
    }

    [Fact]
    public void Flalign_is_typeset_as_align_and_a_label_anywhere_on_a_line_of_an_alignment_names_its_number()
    {
        var body = Render("""
            \begin{flalign}
            \label{eq:left} x &= 1 & y &= 2 \\\\
            z &= 3 & w &= 4
            \end{flalign}

            $$\begin{flalign*} p &= q \end{flalign*}$$

            $$\begin{align} \label{eq:first} u &= v \end{align}$$

            By \eqref{eq:left} and \eqref{eq:first}.
            """);
        var page = Page(body);

        Assert.Empty(body.Body.Problems);
        Assert.Equal(["(1)", "(2)", "(3)"], page.QuerySelectorAll(".tml-eqn").Select(number => number.TextContent));
        Assert.Equal("x", page.QuerySelector("mtr#eqleft mi")!.TextContent);
        Assert.Equal(["(1)", "(3)"], page.QuerySelectorAll("a.tml-ref").Select(reference => reference.TextContent));
        Assert.Equal("p=q", page.QuerySelectorAll("div.math-display")[1].TextContent);
    }

    [Fact]
    public void A_multline_has_one_number_on_its_last_line_whichever_line_labels_or_tags_it()
    {
        var body = Render("""
            $$
            \begin{multline}
            \label{eq:long} a + b + c \\
            + d + e \\
            + f + g
            \end{multline}
            $$

            $$
            \begin{multline}
            p + q \\
            + r \tag{T} \\
            + s \\
            \end{multline}
            $$

            $$\begin{equation} E = mc^2 \end{equation}$$

            See \eqref{eq:long}.
            """);
        var page = Page(body);

        Assert.Empty(body.Body.Problems);
        var first = page.QuerySelectorAll("div.math-display mtable")[0].Children;
        Assert.Equal(["", "", "(1)"], first.Select(line => line.Children[^1].TextContent));
        Assert.Equal("eqlong", first[2].Id);
        var second = page.QuerySelectorAll("div.math-display mtable")[1].Children;
        Assert.Equal(["", "", "(T)"], second.Select(line => line.Children[^1].TextContent));
        Assert.Equal(["(1)", "(2)"], page.QuerySelectorAll(".tml-eqn").Select(number => number.TextContent));
        Assert.Equal("(1)", page.QuerySelector("a.tml-ref")!.TextContent);
    }

    [Fact]
    public void A_numbered_environment_in_dollars_that_text_follows_at_once_is_display_math()
    {
        var body = Render("""
            $$
            \begin{align}
            a &= b + c \label{eq:ab}
            \end{align}
            $$
            where $$b$$ is known, so \eqref{eq:ab} holds, and $$\begin{equation*} x = y \end{equation*}$$ too.
            """);
        var page = Page(body);

        Assert.Empty(body.Body.Problems);
        var display = page.QuerySelectorAll("p > span.math-display > math[display=block]");
        Assert.Equal(2, display.Length);
        Assert.Equal("(1)", display[0].QuerySelector("mtr#eqab .tml-eqn")!.TextContent);
        Assert.Equal("x=y", display[1].TextContent);
        Assert.Equal("b", page.QuerySelector("p > math")!.TextContent);
        Assert.Equal("(1)", page.QuerySelector("a.tml-ref")!.TextContent);
    }

    [Fact]
    public void A_reference_to_a_label_no_equation_has_shows_question_marks_and_is_reported()
    {
        var body = Render("""
            $$x \label{eq:a}$$

            See \eqref{eq:missing}.
            """, bodyFirstLine: 3);

        Assert.Equal("(??)", Page(body).QuerySelector("a.tml-ref")!.TextContent);
        var problem = Assert.Single(body.Body.Problems);
        Assert.Equal((5, 5), (problem.Line, problem.Column));
        Assert.Equal(@"math '\eqref{eq:missing}' refers to 'eqmissing', which labels no equation of the post: it shows (??)", problem.Message);
    }

    [Fact]
    public void Macros_defined_in_one_piece_of_math_hold_for_the_later_pieces_of_the_post()
    {
        var body = Render("""
            $$\newcommand{\R}{\mathbb{R}} \newcommand{\norm}[1]{\lVert #1 \rVert} \def\half{\frac{1}{2}} \DeclareMathOperator*{\argmax}{arg\,max}$$

            For $$x \in \R$$, the loss \(\half \norm{x}^2\) is least at

            $$\argmax_{x} f(x)$$

            $$\renewcommand{\R}{\mathbb{Q}} y \in \R$$
            """);
        var page = Page(body);

        Assert.Empty(body.Body.Problems);
        var inline = page.QuerySelectorAll("p > math");
        Assert.Equal("x\u2208\u211D", inline[0].TextContent);
        Assert.NotNull(inline[1].QuerySelector("mfrac"));
        Assert.Contains("\u2016x\u2016", inline[1].TextContent, StringComparison.Ordinal);
        Assert.StartsWith("arg\u2009max", page.QuerySelectorAll("div.math-display")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("y\u2208\u211A", page.QuerySelectorAll("div.math-display")[2].TextContent);
    }

    [Fact]
    public void A_let_in_one_piece_of_math_holds_for_the_later_pieces_of_the_post()
    {
        var body = Render("""
            $$\let\vec\mathbf \let\eps=\varepsilon \global\let\oldhat\hat$$

            The step \(\vec{x} + \eps\) and $$\oldhat{y}$$.
            """);
        var page = Page(body);

        Assert.Empty(body.Body.Problems);
        var inline = page.QuerySelectorAll("p > math");
        Assert.Equal("\U0001D431+\u03B5", inline[0].TextContent); // a bold x, as \mathbf sets it
        Assert.NotNull(inline[1].QuerySelector("mover")); // a hat over y
    }

    [Fact]
    public void A_posts_macros_are_its_own_even_when_posts_are_finished_at_once()
    {
        string Post(string letter) => Render("""
            $$\newcommand{\mine}{\mathrm{LETTER}}$$

            $$\mine + \mine$$
            """.Replace("LETTER", letter, StringComparison.Ordinal)).Body.Written;
        var (a, b, other) = (Post("A"), Post("B"), Render(@"Later $$\mine$$ is unknown.").Body.Written);

        var finished = new (string Html, List<BodyProblem> Problems)[24];
        Parallel.For(0, finished.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var problems = new List<BodyProblem>();
            finished[i] = (Stage.Finish((i % 3) switch { 0 => a, 1 => b, _ => other }, problems), problems);
        });

        for (var i = 0; i < finished.Length; i++)
        {
            var (html, problems) = finished[i];
            if (i % 3 == 2)
            {
                Assert.Contains("could not be typeset: Unsupported function name: \\mine", Assert.Single(problems).Message, StringComparison.Ordinal);
                continue;
            }
            Assert.Empty(problems);
            Assert.Equal(i % 3 == 0 ? "A+A" : "B+B", new HtmlParser().ParseDocument(html).QuerySelectorAll("div.math-display")[1].TextContent);
        }
    }

    [Fact]
    public void Commands_MathJax_has_and_temml_lacks_are_typeset()
    {
        var body = Render("""
            $$|x| = \begin{cases} x & \mbox{if } x \ge 0 \\ -x & \mbox{otherwise} \end{cases}\strut$$

            $$\displaylines{a = b \\ c = d} \quad \pmatrix{1 & 0 \\ 0 & 1}$$

            $$\begin{multline*} a + b \\ \shoveleft{+ c} \\ \shoveright{+ d} \\ = e \end{multline*}$$
            """);
        var page = Page(body);

        Assert.Empty(body.Body.Problems);
        var display = page.QuerySelectorAll("div.math-display > math");
        Assert.Equal(["if", "otherwise"], display[0].QuerySelectorAll("mtext").Select(text => text.TextContent.Trim()));
        Assert.Equal([2, 2], display[1].QuerySelectorAll("mtable").Select(table => table.Children.Length));
        Assert.Equal("a+b+c+d=e", display[2].TextContent);
    }

    [Fact]
    public void MathJax_loading_an_extension_is_no_error_as_temml_has_it()
    {
        var body = Render(@"Struck: $$\require{cancel} \cancel{x} + \bcancel{y}$$.");

        Assert.Empty(body.Body.Problems);
        Assert.Equal(2, Page(body).QuerySelectorAll("math menclose").Length);
    }

    [Fact]
    public void A_TeX_error_is_shown_as_its_source_in_code_and_reported_at_its_file_line()
    {
        var body = Render("""
            A fraction $$\frac{1}{2$$ left open.

            $$\nosuchmacro{x}$$
            """, bodyFirstLine: 5);
        var page = Page(body);

        Assert.Equal(@"\frac{1}{2", page.QuerySelector("p > code.math-error")!.TextContent);
        Assert.Equal(@"\nosuchmacro{x}", page.QuerySelector("pre.math-error > code")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("math"));
        Assert.Collection(body.Body.Problems,
            problem =>
            {
                Assert.Equal((5, 12), (problem.Line, problem.Column));
                Assert.Equal(@"math '\frac{1}{2' could not be typeset: Unexpected end of input in a macro argument, expected '}' at end of input", problem.Message);
            },
            problem =>
            {
                Assert.Equal((7, 1), (problem.Line, problem.Column));
                Assert.Equal(@"math '\nosuchmacro{x}' could not be typeset: Unsupported function name: \nosuchmacro at position 1", problem.Message);
            });
    }

    [Fact]
    public void The_box_of_display_math_carries_its_attribute_list_and_so_does_inline_math()
    {
        var page = Page(Render("""
            The energy $$E$${: .key} of a body:

            $$E = mc^2$$
            {: .wide #energy}

            $$\nosuchmacro$$
            {: .wide}
            """));

        Assert.NotNull(page.QuerySelector("div#energy.math-display.wide > math[display=block]"));
        Assert.NotNull(page.QuerySelector("p > span.key > math"));
        Assert.NotNull(page.QuerySelector("pre.math-error.wide > code"));
    }

    [Fact]
    public void A_body_with_code_and_math_gets_both_and_math_in_code_stays_code()
    {
        var body = Render("""
            The loss $$\mathcal{L}$$ is computed by

            ```python
            loss = sum(l for l in losses)  # $$\mathcal{L}$$
            ```

            ```latex
            $$\frac{a}{b}$$
            ```

            $$\mathcal{L} = \sum_i \ell_i$$
            """);
        var page = Page(body);

        Assert.Single(page.QuerySelectorAll("p > math"));
        Assert.Single(page.QuerySelectorAll("div.math-display > math"));
        var blocks = page.QuerySelectorAll("pre.highlight > code");
        Assert.Equal(["loss = sum(l for l in losses)  # $$\\mathcal{L}$$\n", "$$\\frac{a}{b}$$\n"], blocks.Select(code => code.TextContent));
        Assert.All(blocks, code => Assert.NotEmpty(code.QuerySelectorAll("span[class]")));
        Assert.Empty(page.QuerySelectorAll("pre math, [data-math], .math-error"));
    }

    [Fact]
    public void Links_and_classes_from_TeX_are_refused()
    {
        var body = Render(@"Click \(\href{javascript:alert(1)}{here}\) or $$\class{x}{y}$$.");

        Assert.Empty(Page(body).QuerySelectorAll("math, a"));
        Assert.Equal(2, body.Body.Problems.Count);
    }

    [Fact]
    public void Building_the_catalog_typesets_nothing_the_math_waits_for_its_page()
    {
        using var folder = new TempPostsFolder();
        folder.Post("2024-01-01-euler.md", "title: Euler", "Euler's $$e^{i\\pi} + 1 = 0$$.\n");

        var post = Assert.Single(CatalogBuilder.Build(new CatalogSource(folder.PostsPath, null, TimeZoneInfo.Utc), DateTimeOffset.UtcNow).Posts);

        Assert.False(post.Body.IsFinished);
        Assert.Contains("data-math=\"inline\"", post.Body.Written, StringComparison.Ordinal);
        Assert.Contains("<math>", post.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_without_math_is_left_as_written_at_no_cost()
    {
        var written = Render("It costs $5 and $10, and `$$x$$` is code.").Body.Written;

        Assert.Same(written, Stage.Finish(written, []));
    }

    [Fact]
    public void Without_its_script_math_is_shown_as_TeX_and_the_missing_file_is_reported()
    {
        var stage = new MathTypesetting(new Temml("/no/such/folder/temml.min.js"));
        var written = Render("Inline $$x^2$$.").Body.Written;
        var problems = new List<BodyProblem>();

        var html = stage.Finish(written, problems);

        Assert.Contains("<code class=\"math-error\">x^2</code>", html, StringComparison.Ordinal);
        Assert.StartsWith("math 'x^2' could not be typeset: temml could not be loaded from /no/such/folder/temml.min.js", Assert.Single(problems).Message, StringComparison.Ordinal);
    }
}
