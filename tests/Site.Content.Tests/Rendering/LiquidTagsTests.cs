using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering;

public class LiquidTagsTests
{
    private static readonly LinkResolver Resolver = new(new Dictionary<string, string>
    {
        ["2023-01-01-x.md"] = "/posts/x",
        ["2022-05-05-y.markdown"] = "/posts/y",
        ["about.md"] = "/about",
    });

    private const string NotRunReason = "is not run here and shows as written (supported: post_url, link, raw, site.baseurl, site.url)";

    private static (string Output, IReadOnlyList<BodyProblem> Unsupported) Expand(string markdown, int bodyFirstLine = 1, string siteUrl = "https://example.org/")
    {
        var context = new BodyContext(Resolver, bodyFirstLine, siteUrl);
        return (new LiquidTags().Rewrite(markdown, context), context.Problems);
    }

    private static string Html(string markdown) => BodyPipeline.Default.Render(markdown, new BodyContext(Resolver)).Html;

    [Theory]
    [InlineData("[x]({% post_url 2023-01-01-x %})", "[x](/posts/x)")]
    [InlineData("[x]({%post_url 2023-01-01-x%})", "[x](/posts/x)")]
    [InlineData("[x]({%- post_url 2023-01-01-x -%})", "[x](/posts/x)")]
    [InlineData("[x]({% post_url _posts/2023-01-01-x %})", "[x](/posts/x)")]
    [InlineData("[y]({% post_url 2022-05-05-y %})", "[y](/posts/y)")]
    [InlineData("[x]({% link _posts/2023-01-01-x.md %})", "[x](/posts/x)")]
    [InlineData("[a]({% link about.md %})", "[a](/about)")]
    [InlineData("![i]({% link assets/img/a.png %})", "![i](/assets/img/a.png)")]
    [InlineData("[x]({{ site.baseurl }}{% post_url 2023-01-01-x %})", "[x](/posts/x)")]
    [InlineData("![i]({{ site.baseurl }}/assets/a.png)", "![i](/assets/a.png)")]
    [InlineData("[home]({{ site.url }}/feed.xml)", "[home](https://example.org/feed.xml)")]
    [InlineData("[home]({{site.url}})", "[home](https://example.org)")]
    public void Supported_tags_become_the_urls_they_name(string written, string expected)
    {
        var (output, unsupported) = Expand(written);

        Assert.Equal(expected, output);
        Assert.Empty(unsupported);
    }

    [Fact]
    public void A_post_url_tag_renders_as_a_link_to_the_post()
    {
        var html = Html("See [the other]({% post_url 2023-01-01-x %}).");

        var link = Assert.Single(new HtmlParser().ParseDocument(html).QuerySelectorAll("a"));
        Assert.Equal("/posts/x", link.GetAttribute("href"));
        Assert.Equal("the other", link.TextContent);
    }

    [Theory]
    [InlineData("{{ page.title }}")]
    [InlineData("{% include note.html %}")]
    [InlineData("{% if site.x %}")]
    [InlineData("{{ site.url | append: '/x' }}")]
    [InlineData("{% post_url 2020-01-01-missing %}")]
    [InlineData("{% link _posts/2020-01-01-missing.md %}")]
    public void Other_liquid_stays_as_written_and_is_reported(string tag)
    {
        var (output, unsupported) = Expand("Before " + tag + " after.");

        Assert.Equal("Before " + tag + " after.", output);
        var report = Assert.Single(unsupported);
        Assert.StartsWith($"Liquid '{tag}' ", report.Message, StringComparison.Ordinal);
        Assert.Equal(1, report.Line);
        Assert.Equal(8, report.Column);
    }

    [Theory]
    [InlineData("{% post_url 2020-01-01-missing %}", "names no post file '2020-01-01-missing' and shows as written")]
    [InlineData("{% link _posts/2020-01-01-missing.md %}", "names no post file '2020-01-01-missing.md' and shows as written")]
    [InlineData("{% include note.html %}", "is not run here and shows as written (supported: post_url, link, raw, site.baseurl, site.url)")]
    public void Report_says_why_the_tag_was_not_run(string tag, string reason)
    {
        var (_, unsupported) = Expand(tag);
        Assert.Equal($"Liquid '{tag}' {reason}", Assert.Single(unsupported).Message);
    }

    [Fact]
    public void Reports_carry_the_file_line_and_column()
    {
        var (_, unsupported) = Expand("First line.\n\nSecond {{ page.title }} and {% include x.html %}\n", bodyFirstLine: 5);

        Assert.Equal([(7, 8), (7, 29)], unsupported.Select(u => (u.Line, u.Column)));
    }

    [Fact]
    public void Liquid_in_inline_code_and_code_blocks_stays_text_and_is_not_reported()
    {
        var markdown = """
            Write `{% post_url 2023-01-01-x %}` to link.

            ```liquid
            {% include note.html %}
            {{ site.url }}
            ```

                {{ page.title }}
            """;

        var (output, unsupported) = Expand(markdown);

        Assert.Equal(markdown, output);
        Assert.Empty(unsupported);
    }

    [Fact]
    public void Liquid_in_code_is_shown_as_written_on_the_page()
    {
        var html = Html("Write `{% post_url 2023-01-01-x %}` here and [go]({% post_url 2023-01-01-x %}).");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("{% post_url 2023-01-01-x %}", Assert.Single(document.QuerySelectorAll("code")).TextContent);
        Assert.Equal("/posts/x", Assert.Single(document.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Theory]
    [InlineData("Show {% raw %}{{ page.title }}{% endraw %} as is.", "Show {{ page.title }} as is.")]
    [InlineData("Show {%- raw -%}{% include x.html %}{%- endraw -%}.", "Show {% include x.html %}.")]
    [InlineData("{% raw %}{% post_url 2023-01-01-x %}{% endraw %} vs {% post_url 2023-01-01-x %}", "{% post_url 2023-01-01-x %} vs /posts/x")]
    [InlineData("{% raw %}a{% endraw %}, {% raw %}{{ b }}{% endraw %}", "a, {{ b }}")]
    public void Raw_shows_what_it_wraps_as_written_and_the_tags_vanish(string written, string expected)
    {
        var (output, unsupported) = Expand(written);

        Assert.Equal(expected, output);
        Assert.Empty(unsupported);
    }

    [Fact]
    public void Raw_tags_vanish_inside_code_too_as_jekyll_runs_liquid_before_markdown()
    {
        var html = Html("""
            ```liquid
            {% raw %}{{ site.title }}{% endraw %}
            ```

            Inline `{% raw %}{% include x.html %}{% endraw %}`.
            """);

        var code = new HtmlParser().ParseDocument(html).QuerySelectorAll("code").Select(c => c.TextContent.Trim());
        Assert.Equal(["{{ site.title }}", "{% include x.html %}"], code);
    }

    [Fact]
    public void Raw_never_closed_stays_as_written_is_reported_and_the_rest_runs()
    {
        var (output, unsupported) = Expand("Line one.\n{% raw %}{{ a }} and {% post_url 2023-01-01-x %}");

        Assert.Equal("Line one.\n{% raw %}{{ a }} and /posts/x", output);
        Assert.Equal([("Liquid '{% raw %}' is never closed by {% endraw %} and shows as written", 2, 1), ($"Liquid '{{{{ a }}}}' {NotRunReason}", 2, 10)],
            unsupported.Select(u => (u.Message, u.Line, u.Column)));
    }

    [Fact]
    public void Raw_named_in_code_without_an_endraw_is_code_like_any_other()
    {
        var html = Html("Use `{% raw %}` to escape, see [x]({% post_url 2023-01-01-x %}).");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("{% raw %}", Assert.Single(document.QuerySelectorAll("code")).TextContent);
        Assert.Equal("/posts/x", Assert.Single(document.QuerySelectorAll("a")).GetAttribute("href"));
    }

    [Fact]
    public void Endraw_without_raw_stays_as_written_and_is_reported()
    {
        var (output, unsupported) = Expand("Oops {% endraw %}.");

        Assert.Equal("Oops {% endraw %}.", output);
        Assert.Equal("Liquid '{% endraw %}' has no {% raw %} before it and shows as written", Assert.Single(unsupported).Message);
    }

    [Fact]
    public void Text_without_liquid_is_returned_unchanged()
    {
        var (output, unsupported) = Expand("Plain {text} with % signs and {braces}.");

        Assert.Equal("Plain {text} with % signs and {braces}.", output);
        Assert.Empty(unsupported);
    }

    [Fact]
    public void The_catalog_warns_about_unsupported_liquid_with_the_file_and_line()
    {
        using var folder = new TempPostsFolder();
        folder.Post("2023-01-01-a.md", "title: A", "Intro.\n\n{% include box.html %}\n\n`{{ page.title }}` is fine.\n");

        var catalog = CatalogBuilder.Build(new CatalogSource(folder.PostsPath, null, TimeZoneInfo.Utc), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var warning = Assert.Single(catalog.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("2023-01-01-a.md", warning.Path);
        Assert.Equal(6, warning.Line);
        Assert.Equal(1, warning.Column);
        Assert.Contains("{% include box.html %}", warning.Message);
        var post = Assert.Single(catalog.Posts);
        Assert.Contains("{% include box.html %}", post.Html);
    }
}
