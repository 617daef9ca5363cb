using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering.Liquid;

/// <summary>Jekyll's link tags, site.baseurl and site.url, Liquid in code and raw: what the shim ran, now run by the engine.</summary>
public class LiquidTagsTests
{
    [Theory]
    [InlineData("[x]({% post_url 2023-01-01-x %})", "[x](/posts/x)")]
    [InlineData("[x]({%post_url 2023-01-01-x%})", "[x](/posts/x)")]
    [InlineData("[x]({% post_url _posts/2023-01-01-x %})", "[x](/posts/x)")]
    [InlineData("[y]({% post_url 2022-05-05-y %})", "[y](/posts/y)")]
    [InlineData("[x]({% link _posts/2023-01-01-x.md %})", "[x](/posts/x)")]
    [InlineData("[a]({% link about.md %})", "[a](/about)")]
    [InlineData("![i]({% link assets/img/a.png %})", "![i](/assets/img/a.png)")]
    [InlineData("[x]({{ site.baseurl }}{% post_url 2023-01-01-x %})", "[x](/posts/x)")]
    [InlineData("![i]({{ site.baseurl }}/assets/a.png)", "![i](/assets/a.png)")]
    [InlineData("[home]({{ site.url }}/feed.xml)", "[home](https://example.org/feed.xml)")]
    [InlineData("[home]({{site.url}})", "[home](https://example.org)")]
    [InlineData("{% assign name = '2023-01-01-x' %}[x]({% post_url {{ name }} %})", "[x](/posts/x)")]
    public void Link_tags_and_site_addresses_become_the_urls_they_name(string written, string expected)
    {
        Assert.Equal(expected, LiquidBody.Output(written));
    }

    [Theory]
    [InlineData("", "https://example.org")]
    [InlineData("/al-folio", "https://example.org/al-folio")]
    public void Link_tags_reach_the_post_with_the_base_written_before_them_or_not(string baseurl, string siteAddress)
    {
        // GitHub Pages (Jekyll 3) writes {{ site.baseurl }} before the tags; Jekyll 4 puts the base in them itself.
        var site = LiquidBody.Site(variables: new() { ["url"] = "https://example.org", ["baseurl"] = baseurl });
        var html = LiquidBody.Html("""
            Read [the math post]({{ site.baseurl }}{% post_url 2023-01-01-x %}), [again]({% post_url 2023-01-01-x %}),
            [by its file]({{ site.baseurl }}{% link _posts/2023-01-01-x.md %}) or [its file]({% link _posts/2023-01-01-x.md %}),
            <a href="{{ site.baseurl }}{% post_url 2023-01-01-x %}">in HTML</a>,
            [absolute]({{ site.url }}{{ site.baseurl }}{% post_url 2023-01-01-x %}), [absolute too]({{ site.url }}{% post_url 2023-01-01-x %}),
            ![plot]({{ site.baseurl }}{% link assets/img/plot.png %}) ![plot]({% link assets/img/plot.png %})
            """, site, LiquidBody.ResolverUnder(baseurl));

        var document = new HtmlParser().ParseDocument(html);
        var post = baseurl + "/posts/x";
        Assert.Equal([post, post, post, post, post, siteAddress + "/posts/x", siteAddress + "/posts/x"], document.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal([baseurl + "/assets/img/plot.png", baseurl + "/assets/img/plot.png"], document.QuerySelectorAll("img").Select(img => img.GetAttribute("src")));
    }

    [Fact]
    public void Whitespace_control_trims_as_in_liquid()
    {
        Assert.Equal("[x](/posts/x)", LiquidBody.Output("[x]( \n {%- post_url 2023-01-01-x -%} \n)"));
    }

    [Fact]
    public void A_post_url_tag_renders_as_a_link_to_the_post()
    {
        var html = LiquidBody.Html("See [the other]({% post_url 2023-01-01-x %}).");

        var link = Assert.Single(new HtmlParser().ParseDocument(html).QuerySelectorAll("a"));
        Assert.Equal("/posts/x", link.GetAttribute("href"));
        Assert.Equal("the other", link.TextContent);
    }

    [Theory]
    [InlineData("{% post_url 2020-01-01-missing %}", "names no post file '2020-01-01-missing'")]
    [InlineData("{% link _posts/2020-01-01-missing.md %}", "names no post file '2020-01-01-missing.md'")]
    public void A_link_to_no_post_stays_as_written_and_is_reported_where_it_is(string tag, string reason)
    {
        var (output, problems) = LiquidBody.Run("First line.\n\nBefore " + tag + " after, and [x]({% post_url 2023-01-01-x %}).", firstLine: 5);

        Assert.Equal("First line.\n\nBefore " + tag + " after, and [x](/posts/x).", output);
        var problem = Assert.Single(problems);
        Assert.Equal($"Liquid '{tag}' {reason} and shows as written", problem.Message);
        Assert.Equal((7, 8), (problem.Line, problem.Column));
    }

    [Fact]
    public void Liquid_in_code_runs_as_in_jekyll_and_code_whose_liquid_cannot_be_read_stays_whole_as_written()
    {
        var site = LiquidBody.Site(variables: new() { ["github_username"] = "alshedivat" });
        var markdown = """
            Clone it: `git clone https://github.com/{{ site.github_username }}/al-folio.git`.

            ```bash
            git clone https://github.com/{{ site.github_username }}/al-folio.git
            ```

            A Go template:

            ```go
            {{ range .Items }}<li>{{ .Name }}</li>{{ end }}
            ```

            Handlebars, `{{#each posts}}`, and a sample that never closes:

                {% for post in site.posts %}

            Then [x]({% post_url 2023-01-01-x %}).
            """;

        var (output, problems) = LiquidBody.Run(markdown, site);

        // The name and the link run, in code too; the Go template, the Handlebars span and the sample never closed stay as written.
        Assert.Equal(markdown.Replace("{{ site.github_username }}", "alshedivat", StringComparison.Ordinal)
            .Replace("{% post_url 2023-01-01-x %}", "/posts/x", StringComparison.Ordinal), output);
        Assert.Equal([
            ("Liquid '{{ range .Items }}' in code is not valid Liquid", 10, 1),
            ("Liquid '{{#each posts}}' in code is not valid Liquid", 13, 14),
            ("Liquid '{% for post in site.posts %}' in code is never closed by {% endfor %}; the code shows as written", 15, 5)],
            problems.Select(p => (p.Message.Contains(" in code is not valid Liquid", StringComparison.Ordinal) ? p.Message[..p.Message.IndexOf(" (", StringComparison.Ordinal)] : p.Message, p.Line, p.Column)));
    }

    [Fact]
    public void Liquid_in_a_code_span_runs_on_the_page()
    {
        var html = LiquidBody.Html("Its address is `{% post_url 2023-01-01-x %}`: [go]({% post_url 2023-01-01-x %}).");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("/posts/x", Assert.Single(document.QuerySelectorAll("code")).TextContent);
        Assert.Equal("/posts/x", Assert.Single(document.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Fact]
    public void A_block_around_code_runs_and_so_does_the_code_inside_it()
    {
        var markdown = """
            {% if site.title %}
            ```html
            <h1>{{ site.title }}</h1>
            ```
            {% endif %}
            {% for i in (1..2) %}`{{ i }}`={{ i }} {% endfor %}
            """;

        Assert.Equal("\n```html\n<h1>Notes & Sketches</h1>\n```\n\n`1`=1 `2`=2 ", LiquidBody.Output(markdown));
    }

    [Fact]
    public void A_tag_that_starts_in_code_and_cannot_be_read_leaves_that_code_as_written_and_one_that_reaches_into_code_runs()
    {
        // `{{` opens in code and reads to the }} after the span, which is not Liquid: the span shows as written. A string
        // with a code span in it is one output: the span is part of its argument, which the engine reads.
        var (output, problems) = LiquidBody.Run("Use `{{` and }} here; {{ \"run `ls {x}` first\" | upcase }}.");

        Assert.Equal("Use `{{` and }} here; RUN `LS {X}` FIRST.", output);
        Assert.Equal((1, 6), (Assert.Single(problems).Line, Assert.Single(problems).Column));
    }

    [Theory]
    [InlineData("Show {% raw %}{{ page.title }}{% endraw %} as is.", "Show {{ page.title }} as is.")]
    [InlineData("Show {%- raw -%}{% include x.html %}{%- endraw -%}.", "Show{% include x.html %}.")]
    [InlineData("{% raw %}{% post_url 2023-01-01-x %}{% endraw %} vs {% post_url 2023-01-01-x %}", "{% post_url 2023-01-01-x %} vs /posts/x")]
    [InlineData("{% raw %}a{% endraw %}, {% raw %}{{ b }}{% endraw %}", "a, {{ b }}")]
    public void Raw_shows_what_it_wraps_as_written_and_the_tags_vanish(string written, string expected)
    {
        Assert.Equal(expected, LiquidBody.Output(written));
    }

    [Fact]
    public void Raw_tags_vanish_inside_code_too_as_jekyll_runs_liquid_before_markdown()
    {
        var html = LiquidBody.Html("""
            ```liquid
            {% raw %}{{ site.title }}{% endraw %}
            ```

            Inline `{% raw %}{% include x.html %}{% endraw %}`.

            {% raw %}
            ```liquid
            {% for post in site.posts %}{{ post.title }}{% endfor %}
            ```
            {% endraw %}
            """);

        var code = new HtmlParser().ParseDocument(html).QuerySelectorAll("code").Select(c => c.TextContent.Trim());
        Assert.Equal(["{{ site.title }}", "{% include x.html %}", "{% for post in site.posts %}{{ post.title }}{% endfor %}"], code);
    }

    [Fact]
    public void Raw_never_closed_stays_as_written_is_reported_and_the_rest_runs()
    {
        var (output, problems) = LiquidBody.Run("Line one.\n{% raw %}{{ site.title }} and {% post_url 2023-01-01-x %}");

        Assert.Equal("Line one.\n{% raw %}Notes & Sketches and /posts/x", output);
        var problem = Assert.Single(problems);
        Assert.Equal(("Liquid '{% raw %}' is never closed by {% endraw %} and shows as written", 2, 1), (problem.Message, problem.Line, problem.Column));
    }

    [Fact]
    public void Raw_named_in_code_without_an_endraw_is_code_like_any_other()
    {
        var html = LiquidBody.Html("Use `{% raw %}` to escape, see [x]({% post_url 2023-01-01-x %}).");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("{% raw %}", Assert.Single(document.QuerySelectorAll("code")).TextContent);
        Assert.Equal("/posts/x", Assert.Single(document.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Fact]
    public void Endraw_without_raw_stays_as_written_and_is_reported()
    {
        var (output, problems) = LiquidBody.Run("Oops {% endraw %}, {{ site.title }}.");

        Assert.Equal("Oops {% endraw %}, Notes & Sketches.", output);
        Assert.Equal("Liquid '{% endraw %}' has no {% raw %} before it and shows as written", Assert.Single(problems).Message);
    }

    [Fact]
    public void Text_without_liquid_is_returned_unchanged_as_the_same_string()
    {
        const string markdown = "Plain {text} with % signs and {braces}.";
        var (output, problems) = LiquidBody.Run(markdown);

        Assert.Same(markdown, output);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_body_whose_only_liquid_is_code_that_cannot_be_read_is_returned_as_the_same_string()
    {
        const string markdown = "Write `{{ .Title }}` in the Hugo template.";

        var (output, problems) = LiquidBody.Run(markdown);

        Assert.Same(markdown, output);
        Assert.Single(problems);
    }

    [Fact]
    public void A_post_that_says_render_with_liquid_false_shows_its_liquid_as_written_without_a_warning()
    {
        // Chirpy's "Writing a New Post" shows the theme's includes in prose and in code.
        using var folder = new TempPostsFolder();
        folder.Post("_posts/2019-08-08-write-a-new-post.md", "title: Writing a New Post\nrender_with_liquid: false",
            "Embed a video with `{% include embed/youtube.html id='x' %}`{: .filepath}, or write {{ page.title }} as is.\n\n" +
            "```liquid\n{% if page.math %}{{ site.title }}{% endif %}\n```\n");
        folder.Post("_posts/2019-08-09-with-liquid.md", "title: With Liquid\nrender_with_liquid: yes", "Title: {{ page.title }}\n");

        var catalog = CatalogBuilder.Build(new CatalogSource(folder.PostsPath, null, TimeZoneInfo.Utc), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(catalog.Diagnostics);
        var html = catalog.Posts.Single(p => p.Title == "Writing a New Post").Html;
        Assert.Contains("{% include embed/youtube.html id='x' %}", html, StringComparison.Ordinal);
        Assert.Contains("write {{ page.title }} as is", html, StringComparison.Ordinal);
        Assert.Contains("{% if page.math %}{{ site.title }}{% endif %}", new HtmlParser().ParseDocument(html).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Title: With Liquid", catalog.Posts.Single(p => p.Title == "With Liquid").Html, StringComparison.Ordinal);
    }
}
