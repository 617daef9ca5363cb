using System.Diagnostics;

namespace Site.Content.Tests.Rendering.Liquid;

/// <summary>Jekyll's {% include %} from the _includes/ folder beside the posts.</summary>
public sealed class LiquidIncludeTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();

    private string Includes => Path.Combine(_folder.PostsPath, "_includes");

    private void Include(string name, string text) => _folder.Write("_includes/" + name, text);

    private (string Output, IReadOnlyList<BodyProblem> Problems) Run(string markdown, int firstLine = 1) =>
        LiquidBody.Run(markdown, LiquidBody.Site(Includes), firstLine: firstLine);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_include_runs_with_its_parameters_and_the_pages_variables()
    {
        Include("note.html", "<aside class=\"note {{ include.kind }}\">{{ include.content }} ({{ site.title }}, level {{ include.level }})</aside>");

        var (output, problems) = Run("Before.\n\n{% include note.html kind=\"warning\" content='Back up first!' level=page_level %}\n\nAfter.");

        Assert.Equal("Before.\n\n<aside class=\"note warning\">Back up first! (Notes & Sketches, level )</aside>\n\nAfter.", output);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_parameter_may_be_a_variable_and_the_file_may_be_named_by_one()
    {
        Include("boxes/quote.md", "> {{ include.text }}");

        var output = LiquidBody.Output("{% assign said = 'Ship it' %}{% assign box = 'boxes/quote.md' %}{% include {{ box }} text=said %}", LiquidBody.Site(Includes));

        Assert.Equal("> Ship it", output);
    }

    [Fact]
    public void Includes_nest_each_with_its_own_parameters()
    {
        Include("outer.html", "[{{ include.name }}:{% include inner.html name=\"in\" %}:{{ include.name }}]");
        Include("inner.html", "({{ include.name }})");

        Assert.Equal("[out:(in):out]", LiquidBody.Output("{% include outer.html name=\"out\" %}", LiquidBody.Site(Includes)));
    }

    [Fact]
    public void What_an_include_assigns_holds_after_it_but_its_parameters_do_not()
    {
        Include("author.html", "{% assign author_name = include.name | upcase %}{% capture author_note %}by {{ include.name }}{% endcapture %}");

        var output = LiquidBody.Output("{% include author.html name=\"Ada\" %}{{ author_name }}, {{ author_note }}, [{{ include.name }}]", LiquidBody.Site(Includes));

        Assert.Equal("ADA, by Ada, []", output);
    }

    [Fact]
    public void A_missing_include_shows_as_written_at_its_line_and_the_rest_runs()
    {
        Directory.CreateDirectory(Includes);

        var (output, problems) = Run("{{ site.title }}\n\nSee {% include signup.html %}.", firstLine: 4);

        Assert.Equal("Notes & Sketches\n\nSee {% include signup.html %}.", output);
        var problem = Assert.Single(problems);
        Assert.Equal(("Liquid '{% include signup.html %}' names no file _includes/signup.html and shows as written", 6, 5), (problem.Message, problem.Line, problem.Column));
    }

    [Fact]
    public void Without_an_includes_folder_an_include_shows_as_written()
    {
        var (output, problems) = LiquidBody.Run("{% include note.html %}");

        Assert.Equal("{% include note.html %}", output);
        Assert.Equal("Liquid '{% include note.html %}' names no file _includes/note.html and shows as written", Assert.Single(problems).Message);
    }

    [Theory]
    [InlineData("../2023-01-01-secret.md")]
    [InlineData("/etc/passwd")]
    [InlineData("boxes/../../2023-01-01-secret.md")]
    public void A_path_that_leaves_the_includes_folder_is_refused(string path)
    {
        _folder.Post("2023-01-01-secret.md", "title: Secret", "Do not show.");
        Include("boxes/quote.md", "quote");

        var (output, problems) = Run($"{{% include {path} %}}");

        Assert.Equal($"{{% include {path} %}}", output);
        Assert.Equal($"Liquid '{{% include {path} %}}' names a file outside _includes/ and shows as written", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_symbolic_link_out_of_the_includes_folder_is_not_followed()
    {
        _folder.Post("2023-01-01-secret.md", "title: Secret", "Do not show.");
        Directory.CreateDirectory(Includes);
        File.CreateSymbolicLink(Path.Combine(Includes, "leak.md"), Path.Combine(_folder.PostsPath, "2023-01-01-secret.md"));

        var (output, problems) = Run("{% include leak.md %}");

        Assert.Equal("{% include leak.md %}", output);
        Assert.Contains("a symbolic link, which is not followed", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_inside_an_include_is_reported_at_the_posts_include_tag_naming_the_include_line()
    {
        Include("links.html", "Read:\n{% post_url 2019-01-01-gone %}");

        var (output, problems) = Run("Intro.\n{% include links.html %}", firstLine: 10);

        Assert.Equal("Intro.\nRead:\n{% post_url 2019-01-01-gone %}", output);
        var problem = Assert.Single(problems);
        Assert.Equal(("Liquid '{% post_url 2019-01-01-gone %}' in _includes/links.html:2 names no post file '2019-01-01-gone' and shows as written", 11, 1),
            (problem.Message, problem.Line, problem.Column));
    }

    [Fact]
    public void An_include_whose_liquid_is_not_valid_shows_as_written_with_its_own_line()
    {
        Include("broken.html", "ok\n{% if x %}never closed");

        var (output, problems) = Run("{% include broken.html %} and {{ site.title }}");

        Assert.Equal("{% include broken.html %} and Notes & Sketches", output);
        Assert.Equal("Liquid '{% include broken.html %}' names _includes/broken.html, whose Liquid is not valid at 2:23 ('{% endif %}' was expected) and shows as written",
            Assert.Single(problems).Message);
    }

    /// <summary>al-folio's _includes/figure.liquid, cut down: a plugin's filter in a branch only cache_bust=true takes.</summary>
    private const string Figure = """
        <figure>
          <img src="{% if include.cache_bust %}{{ include.path | relative_url | bust_file_cache }}{% else %}{{ include.path | relative_url }}{% endif %}"
            {% if include.class %}class="{{ include.class }}"{% endif %} alt="{{ include.alt }}">
          {%- if include.caption -%}<figcaption class="caption">{{ include.caption }}</figcaption>{%- endif %}
        </figure>
        """;

    [Fact]
    public void An_include_with_an_unknown_filter_in_a_branch_not_taken_runs_without_a_warning()
    {
        Include("figure.liquid", Figure);

        var (output, problems) = Run("""{% include figure.liquid path="assets/img/9.jpg" class="img-fluid rounded z-depth-1" alt="A photo" %}""");

        Assert.Empty(problems);
        Assert.Equal("""
            <figure>
              <img src="/assets/img/9.jpg"
                class="img-fluid rounded z-depth-1" alt="A photo">
            </figure>
            """, output);
    }

    [Fact]
    public void An_unknown_filter_an_include_applies_passes_its_value_through_with_a_warning_naming_its_line()
    {
        Include("figure.liquid", Figure);

        var (output, problems) = Run("""
            Intro.

            {% for i in (1..2) %}{% include figure.liquid path="assets/img/9.jpg" cache_bust=true caption="Nine" %}{% endfor %} and {{ site.title }}
            """, firstLine: 4);

        Assert.Equal(2, output.Split("<img src=\"/assets/img/9.jpg\"").Length - 1);
        Assert.Contains("""<figcaption class="caption">Nine</figcaption>""", output, StringComparison.Ordinal);
        Assert.EndsWith(" and Notes & Sketches", output, StringComparison.Ordinal);
        var problem = Assert.Single(problems);
        Assert.Equal(("Liquid '{{ include.path | relative_url | bust_file_cache }}' in _includes/figure.liquid:2 uses the filter 'bust_file_cache', which this site does not know, and its value is used unchanged", 6, 22),
            (problem.Message, problem.Line, problem.Column));
    }

    [Fact]
    public void An_include_that_includes_itself_ends_quickly_with_a_warning()
    {
        Include("loop.html", "again {% include loop.html %}");
        var clock = Stopwatch.StartNew();

        var (output, problems) = Run("Start.\n{% include loop.html %}");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal("Start.\n{% include loop.html %}", output);
        var problem = Assert.Single(problems);
        Assert.Equal("Liquid '{% include loop.html %}' nests includes deeper than 10 (does an include include itself?); the body's Liquid is not run and shows as written", problem.Message);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void The_posts_walk_does_not_take_markdown_in_the_includes_folder_for_posts()
    {
        _folder.Post("2023-01-01-a.md", "title: A", "{% include box.md %}");
        Include("box.md", "**boxed**");

        var catalog = CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var post = Assert.Single(catalog.Posts);
        Assert.Contains("<strong>boxed</strong>", post.Html, StringComparison.Ordinal);
        Assert.Empty(catalog.Diagnostics);
    }
}
