using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

public class BodyPipelineTests
{
    private static readonly LinkResolver Resolver = new(new Dictionary<string, string> { ["2023-01-01-x.md"] = "/posts/x" });

    private static RenderedBody Render(string markdown, int bodyFirstLine = 1, string excerptSeparator = BodyContext.DefaultExcerptSeparator) =>
        BodyPipeline.Default.Render(markdown, new BodyContext(Resolver, bodyFirstLine, excerptSeparator: excerptSeparator));

    private static IDocument Html(string markdown) => new HtmlParser().ParseDocument(Render(markdown).Html);

    private static IElement One(IDocument document, string selector)
    {
        var elements = document.QuerySelectorAll(selector);
        return Assert.Single(elements);
    }

    [Fact]
    public void Raw_html_link_keeps_its_element_attributes_and_query()
    {
        var document = Html("""Read <a href="https://x.org/?a=1&b=2" class="ext" title="X" data-id="7">this</a>.""");

        var link = One(document, "a");
        Assert.Equal("https://x.org/?a=1&b=2", link.GetAttribute("href"));
        Assert.Equal("ext", link.GetAttribute("class"));
        Assert.Equal("X", link.GetAttribute("title"));
        Assert.Equal("7", link.GetAttribute("data-id"));
        Assert.Equal("this", link.TextContent);
        Assert.Equal("noopener", link.GetAttribute("rel"));
    }

    [Fact]
    public void Raw_html_block_keeps_its_elements()
    {
        var document = Html("""
            <div class="note" id="n1">
            <p><span style="color: red">red</span> <abbr title="Open Data Institute">ODI</abbr></p>
            <iframe src="https://www.youtube.com/embed/abc" allowfullscreen></iframe>
            </div>
            """);

        var div = One(document, "div.note");
        Assert.Equal("n1", div.Id);
        Assert.Equal("color: red", One(document, "span").GetAttribute("style"));
        Assert.Equal("Open Data Institute", One(document, "abbr").GetAttribute("title"));
        var iframe = One(document, "iframe");
        Assert.Equal("https://www.youtube.com/embed/abc", iframe.GetAttribute("src"));
        Assert.True(iframe.HasAttribute("allowfullscreen"));
    }

    [Fact]
    public void Relative_paths_resolve_in_markdown_links_images_and_raw_html()
    {
        var document = Html("""
            [doc](../assets/files/a.pdf) ![pic](../assets/img/x.png)

            <a href="../assets/img/y.png">y</a> <img src="./assets/img/z.png" alt="z">
            """);

        var hrefs = document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        var srcs = document.QuerySelectorAll("img").Select(i => i.GetAttribute("src")).ToList();
        Assert.Equal(["/assets/files/a.pdf", "/assets/img/y.png"], hrefs);
        Assert.Equal(["/assets/img/x.png", "/assets/img/z.png"], srcs);
    }

    [Fact]
    public void Unquoted_raw_html_attribute_is_resolved()
    {
        var document = Html("<img src=../assets/img/x.png alt=x>");
        Assert.Equal("/assets/img/x.png", One(document, "img").GetAttribute("src"));
    }

    [Theory]
    [InlineData("[x](2023-01-01-x.md)")]
    [InlineData("[x](../_posts/2023-01-01-x.md)")]
    [InlineData("<a href=\"2023-01-01-x.md\">x</a>")]
    [InlineData("<a href=\"../_posts/2023-01-01-x.md\">x</a>")]
    public void A_link_to_another_post_file_becomes_its_url(string markdown)
    {
        Assert.Equal("/posts/x", One(Html(markdown), "a").GetAttribute("href"));
    }

    [Fact]
    public void Headings_get_ids()
    {
        var document = Html("# Hello World\n\n## Second, part two\n");
        Assert.Equal("hello-world", One(document, "h1").Id);
        Assert.Equal("second-part-two", One(document, "h2").Id);
    }

    [Fact]
    public void Pipe_tables_render_as_tables()
    {
        var document = Html("| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3 | 4 |\n");
        var table = One(document, "table");
        Assert.Equal(["a", "b"], table.QuerySelectorAll("th").Select(th => th.TextContent));
        Assert.Equal(["1", "2", "3", "4"], table.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public void Footnotes_render_with_a_back_link()
    {
        var document = Html("Claim.[^1]\n\n[^1]: The source.\n");
        var reference = One(document, "a.footnote-ref");
        var target = reference.GetAttribute("href")!;
        Assert.StartsWith("#", target);
        var note = document.GetElementById(target[1..]);
        Assert.NotNull(note);
        Assert.Contains("The source.", note.TextContent);
    }

    [Fact]
    public void Task_lists_render_checkboxes()
    {
        var document = Html("- [x] done\n- [ ] todo\n");
        var boxes = document.QuerySelectorAll("li input[type=checkbox]");
        Assert.Equal(2, boxes.Length);
        Assert.True(boxes[0].HasAttribute("checked"));
        Assert.False(boxes[1].HasAttribute("checked"));
    }

    [Fact]
    public void Bare_urls_become_links_with_noopener()
    {
        var document = Html("See https://example.org/page?a=1 and www.example.com for more.");
        var links = document.QuerySelectorAll("a").ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal("https://example.org/page?a=1", links[0].GetAttribute("href"));
        Assert.Equal("noopener", links[0].GetAttribute("rel"));
        Assert.Contains("www.example.com", links[1].GetAttribute("href"));
        Assert.Equal("noopener", links[1].GetAttribute("rel"));
    }

    [Fact]
    public void Angle_bracket_autolinks_get_noopener()
    {
        var link = One(Html("<https://example.org/x>"), "a");
        Assert.Equal("https://example.org/x", link.GetAttribute("href"));
        Assert.Equal("noopener", link.GetAttribute("rel"));
    }

    [Fact]
    public void External_markdown_links_get_noopener_and_internal_ones_do_not()
    {
        var document = Html("[out](https://example.org) [in](/posts/x) [frag](#top) [mail](mailto:a@b.c)");
        var links = document.QuerySelectorAll("a").ToList();
        Assert.Equal("noopener", links[0].GetAttribute("rel"));
        Assert.All(links.Skip(1), link => Assert.False(link.HasAttribute("rel")));
    }

    [Fact]
    public void Raw_html_external_link_gets_noopener_appended_to_its_rel()
    {
        var link = One(Html("""<a href="https://example.org" rel="nofollow">x</a>"""), "a");
        Assert.Equal(["nofollow", "noopener"], link.GetAttribute("rel")!.Split(' '));
    }

    [Fact]
    public void Raw_html_rel_with_noopener_is_left_alone()
    {
        var link = One(Html("""<a href="https://example.org" rel="noopener noreferrer">x</a>"""), "a");
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
    }

    [Fact]
    public void Raw_html_internal_link_gets_no_rel()
    {
        Assert.False(One(Html("""<a href="/posts/x">x</a>"""), "a").HasAttribute("rel"));
    }

    [Fact]
    public void Markdown_images_load_lazily()
    {
        var image = One(Html("![a cat](https://example.org/cat.jpg \"Cat\")"), "img");
        Assert.Equal("lazy", image.GetAttribute("loading"));
        Assert.Equal("a cat", image.GetAttribute("alt"));
        Assert.Equal("Cat", image.GetAttribute("title"));
        Assert.Equal("https://example.org/cat.jpg", image.GetAttribute("src"));
    }

    [Fact]
    public void Markup_inside_code_spans_stays_text()
    {
        // Liquid in code runs, as in Jekyll (LiquidTagsTests): a sample is wrapped in raw.
        var document = Html("Use `<b>bold</b>` and `{% raw %}{{ page.title }}{% endraw %}` and `{% raw %}{% include x.html %}{% endraw %}`.");
        Assert.Empty(document.QuerySelectorAll("b"));
        var codes = document.QuerySelectorAll("code").Select(c => c.TextContent).ToList();
        Assert.Equal(["<b>bold</b>", "{{ page.title }}", "{% include x.html %}"], codes);
    }

    [Fact]
    public void Markup_and_liquid_inside_fenced_code_stay_text()
    {
        var document = Html("""
            ```html
            <script>alert(1)</script>
            <a href="../x.md">{% raw %}{{ site.url }}</a>
            {% include x.html %}{% endraw %}
            ```
            """);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("a"));
        var code = One(document, "pre code");
        Assert.Equal("<script>alert(1)</script>\n<a href=\"../x.md\">{{ site.url }}</a>\n{% include x.html %}\n", code.TextContent);
    }

    [Fact]
    public void Raw_html_script_content_is_not_rewritten()
    {
        var html = Render("<script>var s = '<a href=\"../x.png\">';</script>\n").Html;
        Assert.Contains("'<a href=\"../x.png\">'", html);
    }

    [Fact]
    public void Liquid_runs_before_the_markdown_is_read_and_an_undefined_variable_is_empty()
    {
        var document = Html("Hello {{ 'world' | upcase }}, {{ page.no_such_field }}**bold**.");
        Assert.Equal("Hello WORLD, bold.", One(document, "p").TextContent);
        Assert.Equal("bold", One(document, "strong").TextContent);
    }

    [Fact]
    public void First_paragraph_text_is_plain_and_collapsed()
    {
        var body = Render("""
            # Title heading

            ![lead image](x.png)

            Hello **bold** and [a link](https://example.org), `code`,
            and &amp; an entity.

            Second paragraph.
            """);
        Assert.Equal("Hello bold and a link, code, and & an entity.", body.FirstParagraphText);
    }

    [Fact]
    public void First_paragraph_skips_image_only_paragraphs()
    {
        Assert.Equal("Text.", Render("![only](x.png)\n\nText.\n").FirstParagraphText);
    }

    [Theory]
    [InlineData("First **one**.\n\nSecond [one](/x).\n\n<!--more-->\n\nAfter.\n", "First one. Second one.")]
    [InlineData("Intro _words_ <!--more--> and the rest.\n\nAfter.\n", "Intro words")]
    [InlineData("# Heading\n\n- a listed point\n\n<!--more-->\nAfter.\n", "a listed point")]
    [InlineData("Before `<!--more-->` in code.\n\n<!--more-->\n\nAfter.\n", "Before <!--more--> in code.")]
    public void Text_before_the_more_divider_is_the_marked_excerpt(string markdown, string expected)
    {
        Assert.Equal(expected, Render(markdown).MarkedExcerpt);
    }

    [Theory]
    [InlineData("No divider here.\n")]
    [InlineData("```html\n<!--more-->\n```\n\nText.\n")]
    [InlineData("<!--more-->\n\nNothing before it.\n")]
    public void Without_a_divider_with_text_before_it_there_is_no_marked_excerpt(string markdown)
    {
        Assert.Null(Render(markdown).MarkedExcerpt);
    }

    [Fact]
    public void A_post_may_name_its_own_excerpt_separator_even_inside_a_sentence()
    {
        var body = Render("Short intro --8<-- and more.\n\n<!--more-->\n", excerptSeparator: "--8<--");

        Assert.Equal("Short intro", body.MarkedExcerpt);
    }

    [Theory]
    [InlineData("\n\n")]
    [InlineData("\r\n\r\n")]
    public void A_paragraph_break_as_separator_as_jekyll_writes_its_default_marks_the_whole_first_paragraph(string separator)
    {
        var first = "A first paragraph " + string.Concat(Enumerable.Repeat("that runs on and on ", 15)) + "to its end.";
        var body = Render($"# A heading\n\n{first}\n\nThe second.\n", excerptSeparator: separator);

        Assert.Equal(first, body.MarkedExcerpt);
    }

    [Fact]
    public void An_empty_separator_as_jekyll_turns_excerpts_off_marks_nothing()
    {
        Assert.Null(Render("Intro.\n\n<!--more-->\n", excerptSeparator: "").MarkedExcerpt);
    }

    [Fact]
    public void A_separator_after_an_escape_cuts_the_text_where_it_stands()
    {
        var body = Render("a \\* b --8<-- c\n", excerptSeparator: "--8<--");

        Assert.Equal("a * b", body.MarkedExcerpt);
    }

    [Fact]
    public void Footnote_definitions_before_the_divider_stay_out_of_the_excerpt()
    {
        var body = Render("Intro with a note.[^1]\n\n[^1]: The note itself.\n\n<!--more-->\n\nAfter.\n");

        Assert.Equal("Intro with a note.", body.MarkedExcerpt);
    }

    [Fact]
    public void The_more_divider_is_not_shown_on_the_page()
    {
        var document = Html("Intro.\n\n<!--more-->\n\nAfter.\n");

        Assert.Equal("Intro.\n\nAfter.", document.Body!.TextContent.Trim());
    }

    [Fact]
    public void An_empty_body_has_no_first_paragraph()
    {
        var body = Render("");
        Assert.Equal("", body.FirstParagraphText);
        Assert.Empty(body.Links);
    }

    [Fact]
    public void Links_are_recorded_with_file_lines()
    {
        var body = Render("intro\n\n[a](../assets/a.pdf) ![b](b.png)\n\n<a href=\"c.html\">c</a>\n", bodyFirstLine: 10);

        Assert.Collection(body.Links.OrderBy(l => l.Line).ThenBy(l => l.Column),
            a => { Assert.Equal("/assets/a.pdf", a.Url); Assert.False(a.IsImage); Assert.Equal(12, a.Line); Assert.Equal(1, a.Column); },
            b => { Assert.Equal("/b.png", b.Url); Assert.True(b.IsImage); Assert.Equal(12, b.Line); Assert.Equal(22, b.Column); },
            c => { Assert.Equal("/c.html", c.Url); Assert.False(c.IsImage); Assert.Equal(14, c.Line); });
    }

    [Theory]
    [InlineData("Hello <script>alert('x')</script> world.", "Hello world.")]
    [InlineData("Hello <style>p { color: red }</style> world.", "Hello world.")]
    [InlineData("Hello <SCRIPT type=\"module\">alert(1)</SCRIPT> world.", "Hello world.")]
    [InlineData("Hello <!-- a note --> world.", "Hello world.")]
    [InlineData("<script>alert('x')</script>\n\nThe real first paragraph.", "The real first paragraph.")]
    [InlineData("<style>\np { color: red }\n</style>\n\nThe real first paragraph.", "The real first paragraph.")]
    public void The_summary_is_text_only_never_script_style_or_comments(string markdown, string summary)
    {
        Assert.Equal(summary, Render(markdown).FirstParagraphText);
    }

    [Theory]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example\">", "raw HTML <meta http-equiv=\"refresh\"> sends readers away from the page", 3, 1)]
    [InlineData("Text <base href=\"https://evil.example/\"> more.", "raw HTML <base> changes where every link of the page leads", 3, 6)]
    [InlineData("<textarea>\n\nThe rest.", "raw HTML <textarea> is never closed: it swallows the rest of the page, footer included", 3, 1)]
    [InlineData("Before <script>var x;\n\nAfter.", "raw HTML <script> is never closed: it swallows the rest of the page, footer included", 3, 8)]
    [InlineData("Intro.\n\n<!-- a note never closed\n\nThe rest.", "raw HTML comment '<!--' is never closed by '-->': it hides the rest of the page", 5, 1)]
    [InlineData("<meta http-equiv=\"&#114;efresh\" content=\"0;url=https://evil.example/\">", "raw HTML <meta http-equiv=\"refresh\"> sends readers away from the page", 3, 1)]
    [InlineData("<noscript>\n\nThe rest.", "raw HTML <noscript> is never closed: it swallows the rest of the page, footer included", 3, 1)]
    [InlineData("<template>\n\nThe rest.", "raw HTML <template> is never closed: it swallows the rest of the page, footer included", 3, 1)]
    [InlineData("Pick <select><option>one\n\nThe rest.", "raw HTML <select> is never closed: it swallows the rest of the page, footer included", 3, 6)]
    [InlineData("<textarea/>\n\nThe rest.", "raw HTML <textarea> is never closed: it swallows the rest of the page, footer included", 3, 1)]
    public void Raw_html_that_takes_over_the_page_is_reported_where_it_was_written(string markdown, string message, int line, int column)
    {
        var problem = Assert.Single(Render(markdown, bodyFirstLine: 3).Problems);

        Assert.Equal((message, line, column), (problem.Message, problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("<textarea>kept</textarea> and <script>var x;</script>")]
    [InlineData("<!--more-->\n\n<!-- a closed note -->")]
    [InlineData("<meta name=\"description\" content=\"x\">")]
    [InlineData("`<base href=\"x\">` in code, and\n\n    <textarea> in a code block")]
    [InlineData("<base-card>a custom element</base-card> and <title-bar>another</title-bar>")]
    [InlineData("<img src=\"a.png\" alt=\"<meta http-equiv=refresh> <base href=x>\">")]
    [InlineData("<!-- a note --!> closed as browsers close it, and <!--> an empty one")]
    public void Raw_html_that_closes_what_it_opens_is_not_reported(string markdown) => Assert.Empty(Render(markdown).Problems);

    [Fact]
    public void Raw_html_srcset_poster_and_source_paths_follow_the_rules_of_src()
    {
        var document = Html("""
            <picture><source srcset="../assets/a-720.webp 720w, ../assets/a-1600.webp 1600w" type="image/webp"><img src="../assets/a.png" srcset="./a-2x.png 2x" alt="a"></picture>

            <video poster="../assets/poster.jpg" controls><source src="../media/clip.mp4" type="video/mp4"></video>
            """);

        Assert.Equal("/assets/a-720.webp 720w, /assets/a-1600.webp 1600w", One(document, "source[type='image/webp']").GetAttribute("srcset"));
        Assert.Equal("/a-2x.png 2x", One(document, "img").GetAttribute("srcset"));
        Assert.Equal("/assets/poster.jpg", One(document, "video").GetAttribute("poster"));
        Assert.Equal("/media/clip.mp4", One(document, "video source").GetAttribute("src"));
    }

    [Fact]
    public void Srcset_candidates_are_recorded_as_images_where_they_were_written()
    {
        var body = Render("Text.\n\n<img src=\"a.png\" srcset=\"https://cdn.example/a.png 1x, b.png 2x\" alt=\"\">\n", bodyFirstLine: 3);

        Assert.Equal(["/a.png", "https://cdn.example/a.png", "/b.png"], body.Links.Select(l => l.Url));
        Assert.All(body.Links, link => Assert.True(link.IsImage));
        Assert.All(body.Links, link => Assert.Equal(5, link.Line));
    }

    [Fact]
    public void A_new_stage_is_one_class_and_one_line_and_sees_what_the_stages_before_it_made()
    {
        var pipeline = new BodyPipeline([new LiquidStage()], [new LinkPaths(), new UpperCaseUrls()]);

        var html = pipeline.Render("[x](../a/b.html)", new BodyContext(Resolver)).Html;

        Assert.Contains("href=\"/A/B.HTML\"", html, StringComparison.Ordinal);
    }

    private sealed class UpperCaseUrls : IDocumentStage
    {
        public void Rewrite(Markdig.Syntax.MarkdownDocument document, BodyContext context)
        {
            foreach (var link in Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.Inlines.LinkInline>(document)) link.Url = link.Url?.ToUpperInvariant();
        }
    }
}
