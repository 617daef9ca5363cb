using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

/// <summary>kramdown's syntax as Jekyll sites write it: attribute lists, the table of contents, extensions, definition lists, abbreviations, markdown="1", its tables.</summary>
public sealed class KramdownTests
{
    private static RenderedBody Render(string markdown, bool typography = true) =>
        BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts) { Typography = typography });

    private static IDocument Html(string markdown) => new HtmlParser().ParseDocument(Render(markdown).Html);

    private static IDocument ParseBlockHtml(string markdown) =>
        new HtmlParser().ParseDocument(BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts) { ParseBlockHtml = true }).Html);

    [Fact]
    public void A_block_attribute_list_applies_to_the_block_above_and_leaves_the_page()
    {
        var page = Html("A lead paragraph.\n{: .lead #intro}\n\n## Setup\n{: #custom-id .no_toc}\n\n```\nputs 1\n```\n{: .language-ruby}\n\n> Quoted.\n{: .note}\n\n* one\n* two\n{: .checklist}\n");

        Assert.Equal("intro", page.QuerySelector("p.lead")!.Id);
        Assert.Equal("A lead paragraph.", page.QuerySelector("p.lead")!.TextContent);
        Assert.Equal("custom-id", page.QuerySelector("h2")!.Id);
        Assert.True(page.QuerySelector("h2")!.ClassList.Contains("no_toc"));
        Assert.True(page.QuerySelector("pre code")!.ClassList.Contains("language-ruby"));
        Assert.NotNull(page.QuerySelector("blockquote.note"));
        Assert.NotNull(page.QuerySelector("ul.checklist"));
        Assert.DoesNotContain("{:", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_attribute_list_with_dashes_applies_whole_and_the_paragraph_keeps_its_typography()
    {
        var page = Html("Intro.\n\n**Primary Notice:** Lorem ipsum dolor sit amet,\nconsectetur imperdiet.\n{: .notice--primary}\n\nA second\nparagraph\n{: .notice--info #x-y}\n\n<cite>Steve Jobs</cite> --- Apple\n{: .small}\n\n\"quoted\" -- text...\n{: .lead}\n");

        Assert.Equal("Primary Notice: Lorem ipsum dolor sit amet,\nconsectetur imperdiet.", page.QuerySelector("p.notice--primary")!.TextContent);
        Assert.Equal("x-y", page.QuerySelector("p.notice--info")!.Id);
        Assert.Equal("A second\nparagraph", page.QuerySelector("p.notice--info")!.TextContent);
        Assert.Equal("Steve Jobs \u2014 Apple", page.QuerySelector("p.small")!.TextContent);
        Assert.Equal("\u201Cquoted\u201D \u2013 text\u2026", page.QuerySelector("p.lead")!.TextContent);
        Assert.DoesNotContain("{:", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("}", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_dashes_ellipses_and_guillemets_inside_attribute_lists_stay_out_of_the_text()
    {
        var page = Html("First.\n\nText -- here.\n{: data-note=\"a -- 'b' ... <<c>>\" .x}\n\nSee [the docs](/d){: title='a --- \"b\"...'} -- now.\n");

        Assert.Equal("a -- 'b' ... <<c>>", page.QuerySelector("p.x")!.GetAttribute("data-note"));
        Assert.Equal("Text \u2013 here.", page.QuerySelector("p.x")!.TextContent);
        Assert.Equal("a --- \"b\"...", page.QuerySelector("a")!.GetAttribute("title"));
        Assert.Equal("See the docs \u2013 now.", page.QuerySelectorAll("p")[^1].TextContent);
    }

    [Fact]
    public void A_header_id_at_the_end_of_a_heading_is_its_id_and_the_table_of_contents_links_to_it()
    {
        var page = Html("* TOC\n{:toc}\n\n## Installation {#install}\n\n## Options {#opts .special}\n\n## Usage {: #use}\n\nSetext {#setext}\n-------\n\n## Styled -- yes {.fancy}\n");

        Assert.Equal(["install", "opts", "use", "setext", "styled--yes"], page.QuerySelectorAll("h2").Select(h => h.Id!));
        Assert.Equal(["Installation", "Options", "Usage", "Setext", "Styled \u2013 yes"], page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.True(page.QuerySelector("h2#opts")!.ClassList.Contains("special"));
        Assert.True(page.QuerySelectorAll("h2")[^1].ClassList.Contains("fancy"));
        var toc = page.QuerySelectorAll("#markdown-toc a");
        Assert.Equal(["#install", "#opts", "#use", "#setext", "#styled--yes"], toc.Select(a => a.GetAttribute("href")!));
        Assert.Equal(["Installation", "Options", "Usage", "Setext", "Styled \u2013 yes"], toc.Select(a => a.TextContent));
    }

    [Fact]
    public void A_block_attribute_list_standing_apart_above_a_block_applies_to_it()
    {
        var page = Html("Before.\n\n{: .wide}\n| a | b |\n|---|---|\n| 1 | 2 |\n");

        Assert.NotNull(page.QuerySelector("table.wide"));
    }

    [Fact]
    public void A_block_attribute_list_between_lines_ends_the_paragraph_above_it_and_the_lines_below_are_a_paragraph_of_their_own()
    {
        var page = Html("""
            Attention lets the decoder look back at every encoder state.

            ![Illustration of attention](/assets/attention.png)
            {: style="width: 70%;" class="center"}
            *Fig. 1. The attention mechanism. (Image source: [Bahdanau et al., 2015](https://arxiv.org/abs/1409.0473))*

            ## Self-attention
            {: .section}
            Each position attends to all positions of the same sequence.

            > The transformer is built entirely on self-attention.
            {: .note}
            No recurrence is needed.
            """);

        var figure = page.QuerySelector("p.center")!;
        Assert.Equal("width: 70%;", figure.GetAttribute("style"));
        Assert.Equal("Illustration of attention", figure.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("", figure.TextContent.Trim());
        var caption = figure.NextElementSibling!;
        Assert.Equal(("P", false), (caption.TagName, caption.HasAttribute("class")));
        Assert.StartsWith("Fig. 1. The attention mechanism.", caption.QuerySelector("em")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://arxiv.org/abs/1409.0473", caption.QuerySelector("em a")!.GetAttribute("href"));
        Assert.Equal("section", page.QuerySelector("h2")!.ClassName);
        Assert.Equal("Each position attends to all positions of the same sequence.", page.QuerySelector("h2 + p:not([class])")!.TextContent);
        Assert.Equal("The transformer is built entirely on self-attention.", page.QuerySelector("blockquote.note")!.TextContent.Trim());
        Assert.Equal("No recurrence is needed.", page.QuerySelector("blockquote.note + p")!.TextContent);
        Assert.DoesNotContain("{:", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Class_and_id_written_as_keys_join_the_elements_classes_and_set_its_id()
    {
        var page = Html("""
            {: class="table-of-content"}
            * TOC
            {:toc}

            A wide figure.
            {: style="width: 640px;" class="center wide" id="fig-transformer"}

            Note.
            {: class="first" .second}

            Unsafe.
            {: class="ok bad<x" id="not an id"}

            ## Contents
            """);

        var toc = page.QuerySelector("ul#markdown-toc")!;
        Assert.Equal("table-of-content", toc.ClassName);
        Assert.Equal("#contents", toc.QuerySelector("a")!.GetAttribute("href"));
        var figure = page.QuerySelector("p#fig-transformer")!;
        Assert.Equal(["center", "wide"], figure.ClassList);
        Assert.Equal("width: 640px;", figure.GetAttribute("style"));
        Assert.Equal(["first", "second"], page.QuerySelectorAll("p")[1].ClassList);
        var unsafeOne = page.QuerySelectorAll("p")[2];
        Assert.Equal(("Unsafe.", "ok", false), (unsafeOne.TextContent, unsafeOne.ClassName, unsafeOne.HasAttribute("id")));
    }

    [Fact]
    public void A_span_attribute_list_that_opens_a_list_item_applies_to_the_item()
    {
        var page = Html("* Read the paper\n* {:.done} Write the summary\n* Publish\n");

        var items = page.QuerySelectorAll("li");
        Assert.Equal(["Read the paper", "Write the summary", "Publish"], items.Select(li => li.TextContent));
        Assert.Equal([false, true, false], items.Select(li => li.ClassList.Contains("done")));
    }

    [Fact]
    public void A_block_attribute_list_under_a_line_of_span_level_html_goes_on_the_paragraph_kramdown_makes_of_it_and_markdown_follows()
    {
        var page = Html("""
            <img src="/assets/transformer.png" alt="Transformer" width="60%">
            {: .center style="width: 70%;"}
            *Fig. 1. The transformer's [architecture](/posts/x).*

            <a href="/posts/x">A link</a> on a line of its own.
            {: #linked}
            {: .note}

            <embed src="/assets/paper.pdf" type="application/pdf" width="100%" height="600">
            {: .wide}
            """);

        var image = page.QuerySelector("img")!.ParentElement!;
        Assert.Equal(("P", "center", "width: 70%;"), (image.TagName, image.ClassName, image.GetAttribute("style")));
        // The caption under the list is Markdown again, a paragraph of its own.
        Assert.Equal("Fig. 1. The transformer’s architecture.", image.NextElementSibling!.QuerySelector("em")!.TextContent);
        var embed = page.QuerySelector("embed")!;
        Assert.Equal(("wide", "BODY"), (embed.ClassName, embed.ParentElement!.TagName));
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "A link").ParentElement!;
        Assert.Equal(("P", "linked", "note"), (link.TagName, link.Id, link.ClassName));
        Assert.DoesNotContain("{:", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_attribute_list_under_raw_html_goes_on_its_start_tag()
    {
        var page = Html("""
            <figure class="image" id="old">
              <img src="/assets/gan.png" alt="GAN">
              <figcaption>Fig. 2. A GAN.</figcaption>
            </figure>
            {: .tc #fig-gan data-note='a & "b"'}

            <!-- a comment -->
            {: .ignored}

            After.
            """);

        var figure = page.QuerySelector("figure")!;
        Assert.Equal(["image", "tc"], figure.ClassList);
        Assert.Equal("fig-gan", figure.Id);
        Assert.Equal("a & \"b\"", figure.GetAttribute("data-note"));
        Assert.Null(page.QuerySelector(".ignored"));
        Assert.Equal(["After."], page.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.DoesNotContain("{:", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_lists_value_never_breaks_out_of_the_authors_single_quotes()
    {
        var page = Html("""
            <div class='note' title='old'>text</div>
            {: .wide title="it's x' onmouseover='alert(1)"}
            """);

        var div = page.QuerySelector("div")!;
        Assert.Equal(["note", "wide"], div.ClassList);
        Assert.Equal("it's x' onmouseover='alert(1)", div.GetAttribute("title"));
        Assert.Null(div.GetAttribute("onmouseover"));
    }

    [Fact]
    public void A_block_attribute_list_under_an_include_goes_on_the_element_it_writes()
    {
        var rendered = BodyPipeline.Default.Render(
            "Before.\n\n{% include figure image_path=\"/assets/images/map.png\" alt=\"A map\" %}\n{: .tc}\n\nAfter.\n",
            new BodyContext(Liquid.LiquidBody.Resolver, liquid: Liquid.LiquidBody.Site()));
        var page = new HtmlParser().ParseDocument(rendered.Html);

        Assert.True(page.QuerySelector("figure")!.ClassList.Contains("tc"), rendered.Html);
        Assert.DoesNotContain("{:", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_attribute_list_applies_to_the_link_emphasis_or_image_before_it()
    {
        var page = Html("[Download](/file.zip){: .button target=\"_blank\"} and *this*{: .highlight} and ![x](/x.png){: width=\"50%\"}.");

        var link = page.QuerySelector("a.button")!;
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.NotNull(page.QuerySelector("em.highlight"));
        Assert.Equal("50%", page.QuerySelector("img")!.GetAttribute("width"));
        Assert.DoesNotContain("{:", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(" and ", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_attribute_list_after_plain_text_or_a_space_leaves_the_text_and_applies_to_nothing()
    {
        var page = Html("Intro.\n\nParagraph.{:.nope} Then *a* {: .x} and `code`{: .c}, \\*b\\* {: .y} and\n[link](/l) {: .z} end.{: .w}\n");

        var paragraph = page.QuerySelectorAll("p")[1];
        Assert.Equal("Paragraph. Then a  and code, *b*  and\nlink  end.", paragraph.TextContent);
        Assert.Null(paragraph.QuerySelector("[class]:not(code)"));
        Assert.Equal("c", page.QuerySelector("code")!.ClassName);
        Assert.False(paragraph.HasAttribute("class"));
    }

    [Fact]
    public void An_attribute_list_definition_lends_its_attributes_to_the_lists_that_name_it()
    {
        var page = Html("{:callout: .callout data-kind=\"tip\"}\n\nA tip.\n{: callout}\n");

        var paragraph = page.QuerySelector("p.callout")!;
        Assert.Equal("tip", paragraph.GetAttribute("data-kind"));
        Assert.Equal("A tip.", paragraph.TextContent);
    }

    [Theory]
    [InlineData("{: onclick=\"alert(1)\"}", "onclick")]
    [InlineData("{: style=\"background: url(https://evil.example/x)\"}", "style")]
    [InlineData("{: href=\"javascript:alert(1)\"}", "href")]
    [InlineData("{: .bad\"class}", "class")]
    public void An_attribute_list_never_adds_a_script_or_a_fetch(string list, string attribute)
    {
        var paragraph = Html($"Text.\n{list}\n").QuerySelector("p")!;

        Assert.True(attribute == "class" ? !paragraph.ClassName?.Contains('"') ?? true : !paragraph.HasAttribute(attribute), paragraph.OuterHtml);
    }

    [Fact]
    public void A_style_without_urls_is_kept()
    {
        Assert.Equal("color: red", Html("Text.\n{: style=\"color: red\"}\n").QuerySelector("p")!.GetAttribute("style"));
    }

    [Fact]
    public void Toc_becomes_a_nested_table_of_contents_of_the_headings()
    {
        var page = Html("* TOC\n{:toc}\n\n## First\n\n### Inner \"one\"\n\n## Second\n\n## Not listed\n{: .no_toc}\n");

        var toc = page.QuerySelector("ul#markdown-toc")!;
        Assert.Equal(["first", "second"], toc.Children.Select(li => li.QuerySelector("a")!.GetAttribute("href")![1..]));
        var inner = toc.QuerySelector("li ul li a")!;
        Assert.Equal("#inner-one", inner.GetAttribute("href"));
        Assert.Equal("Inner \u201Cone\u201D", inner.TextContent);
        Assert.DoesNotContain("TOC", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordered_toc_list_gives_an_ordered_table_of_contents()
    {
        Assert.NotNull(Html("1. TOC\n{:toc}\n\n## One\n").QuerySelector("ol#markdown-toc"));
    }

    [Fact]
    public void Comments_and_options_leave_the_page_and_nomarkdown_reaches_it_as_written()
    {
        var page = Html("{::options parse_block_html=\"true\" /}\nBefore {::comment}a hidden note{:/comment}after.\n\n{::comment}\nA hidden\n\nparagraph.\n{:/comment}\n\n{::nomarkdown}\n<div class=\"raw\">*not emphasis*</div>\n{:/nomarkdown}\n\nInline {::nomarkdown}<kbd>*k*</kbd>{:/} here.\n");

        Assert.DoesNotContain("hidden", page.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("options", page.Body.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("*not emphasis*", page.QuerySelector("div.raw")!.TextContent);
        Assert.Equal("*k*", page.QuerySelector("kbd")!.TextContent);
        Assert.Contains("Before after.", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Extensions_inside_code_stay_as_written()
    {
        var page = Html("Write `{::comment}x{:/comment}` and\n\n```\n{::nomarkdown}<b>{:/nomarkdown}\n* TOC\n{:toc}\n```\n");

        Assert.Equal("{::comment}x{:/comment}", page.QuerySelector("p code")!.TextContent);
        Assert.Equal("{::nomarkdown}<b>{:/nomarkdown}\n* TOC\n{:toc}\n", page.QuerySelector("pre code")!.TextContent);
    }

    [Fact]
    public void Definition_lists_and_abbreviations_are_kramdowns()
    {
        var page = Html("Kramdown\n: A Markdown dialect.\n\nThe HTML spec.\n\n*[HTML]: HyperText Markup Language\n");

        Assert.Equal("Kramdown", page.QuerySelector("dl dt")!.TextContent);
        Assert.Equal("A Markdown dialect.", page.QuerySelector("dl dd")!.TextContent.Trim());
        Assert.Equal("HyperText Markup Language", page.QuerySelector("abbr")!.GetAttribute("title"));
    }

    [Fact]
    public void Markdown_1_on_a_raw_html_block_reads_its_inside_as_markdown()
    {
        var page = Html("<div class=\"box\" markdown=\"1\">\n## Inside *box*\n[link](../x.html)\n</div>\n");

        var box = page.QuerySelector("div.box")!;
        Assert.False(box.HasAttribute("markdown"));
        Assert.Equal("box", box.QuerySelector("h2 em")!.TextContent);
        Assert.Equal("/x.html", box.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void An_attribute_list_under_a_markdown_1_elements_end_tag_goes_on_the_element()
    {
        var page = Html("<div class=\"box\" markdown=\"1\">\n*inside*\n</div>\n{: .wide #summary}\n\nAfter.\n");

        var box = page.QuerySelector("div")!;
        Assert.Equal(["box", "wide"], box.ClassList);
        Assert.Equal("summary", box.Id);
        Assert.Equal("inside", box.QuerySelector("em")!.TextContent);
        Assert.DoesNotContain("{:", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_span_on_a_raw_html_element_reads_its_inside_as_span_level_text()
    {
        var html = Render("<div class=\"note\" markdown=\"span\">*x* and [a](../y.html)</div>\n\n<p markdown=\"span\">\n**Bold** text\n</p>\n").Html;

        Assert.Matches("""<div class="note">\s*<em>x</em> and <a href="/y.html">a</a>\s*</div>""", html);
        Assert.Matches("""<p>\s*<strong>Bold</strong> text\s*</p>""", html);
        Assert.Equal(2, html.Split("<p").Length);
    }

    [Fact]
    public void A_raw_html_element_stays_raw_to_its_end_tag_across_blank_and_indented_lines()
    {
        var html = Render("Before.\n\n<div class=\"row\">\n\n    <div class=\"col-sm\">\n        <img src=\"../assets/a.png\" alt=\"a\">\n    </div>\n\n    <figure>\n\n        <figcaption>*As* written</figcaption>\n    </figure>\n</div>\n\nAfter *this*.\n\n    indented code\n").Html;
        var page = new HtmlParser().ParseDocument(html);

        var row = page.QuerySelector("div.row")!;
        Assert.Equal("/assets/a.png", row.QuerySelector("div.col-sm > img")!.GetAttribute("src"));
        Assert.Equal("*As* written", row.QuerySelector("figure figcaption")!.TextContent);
        Assert.Single(page.QuerySelectorAll("pre"));
        Assert.Equal("indented code\n", page.QuerySelector("pre")!.TextContent);
        Assert.Equal("this", page.QuerySelector("p em")!.TextContent);
        Assert.Contains("\n\n    <div class=\"col-sm\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_element_without_its_end_tag_or_holding_markdown_1_is_read_as_before()
    {
        var page = Html("<div class=\"open\">\n\n*text*\n\n<section>\n\n<div markdown=\"1\">\n*inside*\n</div>\n\n</section>\n");

        Assert.Equal(["text", "inside"], page.QuerySelectorAll("em").Select(em => em.TextContent));
    }

    [Fact]
    public void A_table_of_contents_and_attribute_lists_inside_a_markdown_1_element_work_as_outside_it()
    {
        var page = Html("<div class=\"sidebar\" markdown=\"1\">\n* TOC\n{:toc}\n</div>\n\n<div class=\"notice\" markdown=\"1\">\n**Note:** back up \"first\".\n{: .lead}\n</div>\n\n## Install\n\n## Usage\n");

        var toc = page.QuerySelector("div.sidebar > ul#markdown-toc")!;
        Assert.Equal(["#install", "#usage"], toc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var lead = page.QuerySelector("div.notice > p.lead")!;
        Assert.Equal("Note: back up \u201Cfirst\u201D.", lead.TextContent);
        Assert.DoesNotContain("{:", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("TOC", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_1_on_an_element_inside_a_raw_block_reads_that_elements_inside()
    {
        var page = Html("<section id=\"table-of-contents\" class=\"toc\">\n  <header>\n    <h1 class=\"delta\">Contents</h1>\n  </header>\n<div id=\"drawer\" markdown=\"1\">\n*  Auto generated table of contents\n{:toc}\n</div>\n</section><!-- /#table-of-contents -->\n\nOf all the things to grab my attention.\n\n## Three Columns, Two Typefaces\n\n## Breaking the Grid\n");

        var drawer = page.QuerySelector("section.toc > div#drawer")!;
        Assert.False(drawer.HasAttribute("markdown"));
        Assert.Equal("Contents", page.QuerySelector("section.toc > header > h1.delta")!.TextContent);
        Assert.Equal(["#three-columns-two-typefaces", "#breaking-the-grid"], drawer.QuerySelectorAll("ul#markdown-toc a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("{:toc}", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Auto generated", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void With_parse_block_html_a_block_elements_inside_is_read_by_its_content_model()
    {
        var page = ParseBlockHtml("<div class=\"x\">\nA [link](https://example.com/a) and **bold**, it's \"quoted\".\n</div>\n\n<div class=\"image-wrapper\" >\n<img src=\"/data/content-aware-1.jpg\" alt=\"\"/>\n<p class=\"image-caption\">Photoshop example. (Image CC licensed, [source](https://flic.kr/p/7Ye6Sj).) **These are not curated!**</p>\n</div>\n\n<div class=\"image-wrapper\" >\n<img src=\"/data/completion.gif\" alt=\"\"/>\n<p class=\"image-caption\">\n    Completions generated by what we'll cover.\n    The code is [here](http://github.com/bamos/dcgan-completion.tensorflow).\n</p>\n</div>\n\n<details>\n<summary>Where is *it*?</summary>\n\nIn [the docs](/docs).\n\n</details>\n");

        var x = page.QuerySelector("div.x > p")!;
        Assert.Equal("https://example.com/a", x.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("A link and bold, it\u2019s \u201Cquoted\u201D.", x.TextContent);
        var captions = page.QuerySelectorAll("div.image-wrapper > p.image-caption");
        Assert.Equal("https://flic.kr/p/7Ye6Sj", captions[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("These are not curated!", captions[0].QuerySelector("strong")!.TextContent);
        Assert.Equal("http://github.com/bamos/dcgan-completion.tensorflow", captions[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("p p, pre"));
        Assert.Equal("it", page.QuerySelector("details > summary > em")!.TextContent);
        Assert.Equal("/docs", page.QuerySelector("details > p > a")!.GetAttribute("href"));
        Assert.DoesNotContain("**", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void With_parse_block_html_code_tables_and_markdown_0_stay_raw()
    {
        var page = ParseBlockHtml("<pre>*as* written</pre>\n\n<table>\n<tr><td>*cell*</td></tr>\n\n<tr><td>**two**</td></tr>\n</table>\n\n<div class=\"raw\" markdown=\"0\">\n*kept*\n</div>\n");

        Assert.Equal("*as* written", page.QuerySelector("pre")!.TextContent);
        Assert.Equal(["*cell*", "**two**"], page.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("*kept*", page.QuerySelector("div.raw")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll("em, strong"));
    }

    [Fact]
    public void Kramdown_table_separators_make_one_table_with_every_row()
    {
        var page = Html("| a | b |\n|---+---|\n| 1 | 2 |\n|---|---|\n| 3 | 4 |\n|===|===|\n| 5 | 6 |\n");

        var table = page.QuerySelector("table")!;
        Assert.Equal(["a", "b"], table.QuerySelectorAll("th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["1", "2", "3", "4", "5", "6"], table.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.DoesNotContain("\u2014", table.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribute_list_under_a_table_applies_to_the_table()
    {
        var page = Html("Text above.\n| a | b |\n|---|---|\n| 1 | 2 |\n{: .table-striped}\n\n| c |\n|---|\n| 3 |\n{: .plain #t2}\n\nAfter.\n");

        var striped = page.QuerySelector("table.table-striped")!;
        Assert.Equal(["a", "b", "1", "2"], striped.QuerySelectorAll("th, td").Select(cell => cell.TextContent.Trim()));
        Assert.Equal("t2", page.QuerySelector("table.plain")!.Id);
        Assert.Equal(["Text above.", "After."], page.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.All(page.QuerySelectorAll("p"), p => Assert.False(p.HasAttribute("class")));
        Assert.DoesNotContain("{:", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Kramdown_tables_have_a_header_only_with_a_separator_and_their_bodies_and_footer_as_written()
    {
        var page = Html("| Name | Role |\n| Ada | Author |\n\n|---+---|\n| x | y |\n\n| a | b |\n|:--+--:|\n| 1 | 2 |\n|---|---|\n| 3 | 4 |\n|===|===|\n| 5 | 6 |\n");

        var tables = page.QuerySelectorAll("table");
        Assert.Equal(3, tables.Length);
        Assert.Null(tables[0].QuerySelector("thead"));
        Assert.Equal(["Name", "Role", "Ada", "Author"], tables[0].QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()));
        Assert.Null(tables[1].QuerySelector("thead"));
        Assert.Equal(["x", "y"], tables[1].QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()));
        var sections = tables[2].Children.Select(section => section.TagName.ToLowerInvariant() + ":" + string.Join(",", section.QuerySelectorAll("th, td").Select(cell => cell.TextContent.Trim())));
        Assert.Equal(["thead:a,b", "tbody:1,2", "tbody:3,4", "tfoot:5,6"], sections);
        Assert.Equal("text-align: right;", tables[2].QuerySelector("tfoot td:last-child")!.GetAttribute("style"));
        Assert.DoesNotMatch("[\uE000-\uF8FF]", page.Body!.TextContent);
    }

    [Fact]
    public void A_table_without_a_header_separator_is_a_table()
    {
        var page = Html("| Name | Role |\n| Ada | Author |\n");

        Assert.Equal(["Name", "Role", "Ada", "Author"], page.QuerySelectorAll("th, td").Select(cell => cell.TextContent.Trim()));
    }

    [Fact]
    public void Pipes_in_code_are_not_tables()
    {
        Assert.Null(Html("```\n| a | b |\n|---+---|\n```\n").QuerySelector("table"));
    }
}
