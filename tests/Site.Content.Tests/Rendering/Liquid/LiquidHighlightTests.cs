using AngleSharp.Html.Parser;

namespace Site.Content.Tests.Rendering.Liquid;

/// <summary>Jekyll's {% highlight %} becomes a fenced code block, highlighted as any, its code shown as written.</summary>
public class LiquidHighlightTests
{
    [Fact]
    public void Highlight_becomes_a_fence_with_its_language()
    {
        var output = LiquidBody.Output("Run it:\n\n{% highlight ruby %}\ndef greet\n  puts \"hi\"\nend\n{% endhighlight %}\n\nDone.");

        Assert.Equal("Run it:\n\n```ruby\ndef greet\n  puts \"hi\"\nend\n```\n\nDone.", output);
    }

    [Fact]
    public void Linenos_reaches_the_code_block_as_an_attribute()
    {
        var html = LiquidBody.Html("{% highlight python linenos %}\nprint(1)\n{% endhighlight %}");

        var code = new HtmlParser().ParseDocument(html).QuerySelector("pre code")!;
        Assert.Equal("language-python", code.GetAttribute("class"));
        Assert.True(code.HasAttribute("data-linenos"));
        Assert.Equal("print(1)\n", code.TextContent);
    }

    [Fact]
    public void A_highlight_is_coloured_and_numbered_exactly_as_the_same_fenced_block()
    {
        const string code = "def area(r):\n    return 3.14 * r ** 2  # a circle";

        var fromTag = LiquidBody.Html($"{{% highlight python linenos %}}\n{code}\n{{% endhighlight %}}");
        var fromFence = LiquidBody.Html($"```python linenos\n{code}\n```");

        Assert.Equal(fromFence, fromTag);
        var block = new HtmlParser().ParseDocument(fromTag).QuerySelector("pre.highlight > code[data-linenos]")!;
        Assert.Equal(["def area(r):", "    return 3.14 * r ** 2  # a circle"], block.QuerySelectorAll("span.line").Select(line => line.TextContent));
        Assert.Contains(block.QuerySelectorAll("span[class]:not(.line)"), span => span.ClassName == "kd" && span.TextContent == "def");
    }

    [Fact]
    public void Liquid_in_highlighted_code_runs_and_raw_tags_around_a_sample_vanish()
    {
        var html = LiquidBody.Html("""
            {% highlight bash %}
            # {{ site.title }}
            {% raw %}echo "{{ page.title }}"{% endraw %}
            {% endhighlight %}
            """);

        Assert.Equal("# Notes & Sketches\necho \"{{ page.title }}\"\n", new HtmlParser().ParseDocument(html).QuerySelector("pre code")!.TextContent);
    }

    [Fact]
    public void Highlighted_code_whose_liquid_cannot_be_read_shows_as_written_with_a_warning_and_the_rest_runs()
    {
        const string markdown = """
            {% highlight liquid %}
            {{ page.title }} {% if x %}
            {% raw %}{% include note.html %}{% endraw %}
            {% endhighlight %}

            {{ site.title }}
            """;
        var html = LiquidBody.Html(markdown);
        var (_, problems) = LiquidBody.Run(markdown);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("{{ page.title }} {% if x %}\n{% include note.html %}\n", document.QuerySelector("pre code")!.TextContent);
        Assert.Equal("Notes & Sketches", document.QuerySelector("p")!.TextContent);
        var problem = Assert.Single(problems);
        Assert.Equal(("Liquid '{% if x %}' in code is never closed by {% endif %}; the code shows as written", 2, 18), (problem.Message, problem.Line, problem.Column));
    }

    [Fact]
    public void A_fence_line_in_highlighted_code_does_not_stop_the_liquid_after_it()
    {
        var html = LiquidBody.Html("""
            {% highlight text %}
            ```
            {% endhighlight %}

            See [x]({% post_url 2023-01-01-x %}), {{ site.title }}.
            """);

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("```\n", document.QuerySelector("pre code")!.TextContent);
        Assert.Equal("/posts/x", document.QuerySelector("p a")!.GetAttribute("href"));
        Assert.EndsWith("Notes & Sketches.", document.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_highlight_in_a_list_item_stays_in_it()
    {
        var html = LiquidBody.Html("1. Install:\n\n   {% highlight bash %}\n   make install\n   {% endhighlight %}\n\n2. Run.");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("make install\n", document.QuerySelector("ol > li:first-child pre code")!.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("ol > li").Length);
    }

    [Theory]
    [InlineData("{%- highlight python linenos -%}", "{%- endhighlight -%}")]
    [InlineData("{%- highlight python linenos %}", "{% endhighlight -%}")]
    [InlineData("{% highlight python linenos -%}", "{%- endhighlight %}")]
    public void Whitespace_control_on_the_tags_gives_the_same_block_and_keeps_the_text_around_it(string open, string close)
    {
        const string code = "    def area(r):\n        return 3.14 * r ** 2";
        var plain = LiquidBody.Html($"Before it:\n\n{{% highlight python linenos %}}\n{code}\n{{% endhighlight %}}\n\nAfter it.");

        var html = LiquidBody.Html($"Before it:\n\n{open}\n{code}\n{close}\n\nAfter it.");

        Assert.Equal(plain, html);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(["Before it:", "After it."], document.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Equal(["    def area(r):", "        return 3.14 * r ** 2"], document.QuerySelectorAll("pre.highlight code span.line").Select(line => line.TextContent));
    }

    [Fact]
    public void A_highlight_in_a_blockquote_stays_in_it_and_the_next_paragraph_is_a_paragraph()
    {
        var html = LiquidBody.Html("A quote:\n\n> {% highlight ruby %}\n> def greet\n>   puts 1\n> end\n> {% endhighlight %}\n\nNext paragraph.\n\nLast one.");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("def greet\n  puts 1\nend\n", document.QuerySelector("blockquote > pre.highlight code")!.TextContent);
        Assert.Equal(["A quote:", "Next paragraph.", "Last one."], document.QuerySelectorAll("body > p").Select(p => p.TextContent));
        Assert.Single(document.QuerySelectorAll("pre"));
    }

    [Fact]
    public void A_highlight_in_a_list_item_belongs_to_it_whatever_the_indentation_of_its_end_tag()
    {
        var html = LiquidBody.Html("1. Step\n\n    {% highlight bash %}\n    make\n      --jobs 2\n{% endhighlight %}\n\n2. Next step\n\nDone.");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("make\n  --jobs 2\n", document.QuerySelector("ol > li:first-child > pre.highlight code")!.TextContent);
        Assert.Equal(["Step", "Next step"], document.QuerySelectorAll("ol > li > p").Select(p => p.TextContent));
        Assert.Equal("Done.", document.QuerySelector("body > p")!.TextContent);
    }

    [Fact]
    public void A_highlight_after_text_on_its_line_starts_a_block_of_its_own()
    {
        var html = LiquidBody.Html("Run this: {% highlight bash %}\nmake\n{% endhighlight %}\n\nThen rest.");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("make\n", document.QuerySelector("pre.highlight code")!.TextContent);
        Assert.Equal(["Run this:", "Then rest."], document.QuerySelectorAll("p").Select(p => p.TextContent.Trim()));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("no-such-language")]
    public void A_highlight_in_plain_text_or_an_unknown_language_is_plain_code(string language)
    {
        var markdown = $"{{% highlight {language} %}}\nx = \"1\" -- y\n{{% endhighlight %}}";
        var (_, problems) = LiquidBody.Run(markdown);

        var code = new HtmlParser().ParseDocument(LiquidBody.Html(markdown)).QuerySelector("pre code")!;
        Assert.Empty(problems);
        Assert.Equal("x = \"1\" -- y\n", code.TextContent);
        Assert.Empty(code.QuerySelectorAll("span[class]"));
    }

    [Fact]
    public void Code_holding_a_fence_gets_a_longer_fence()
    {
        var html = LiquidBody.Html("{% highlight markdown %}\n```js\nx()\n```\n{% endhighlight %}");

        Assert.Equal("```js\nx()\n```\n", new HtmlParser().ParseDocument(html).QuerySelector("pre code")!.TextContent);
    }

    [Fact]
    public void Highlight_without_a_language_shows_as_written_and_is_reported()
    {
        var (output, problems) = LiquidBody.Run("{% highlight %}\nx\n{% endhighlight %}");

        Assert.Equal("{% highlight %}\nx\n{% endhighlight %}", output);
        Assert.Contains("a language was expected after 'highlight'", problems[0].Message, StringComparison.Ordinal);
    }
}
