namespace Site.Content.Tests.Rendering.Liquid;

/// <summary>site.* and page.* as a post's Liquid reads them, and Liquid's own tags over them.</summary>
public class LiquidVariablesTests
{
    private static readonly Dictionary<string, object?> Page = new()
    {
        ["title"] = "Release 2.0",
        ["date"] = new DateTimeOffset(2023, 9, 18, 9, 30, 0, TimeSpan.Zero),
        ["url"] = "/posts/release-2-0",
        ["slug"] = "release-2-0",
        ["categories"] = new List<object?> { "releases", "news" },
        ["tags"] = new List<object?>(),
        ["layout"] = "post",
        ["comments"] = false,
        ["version"] = 2L,
        ["authors"] = new List<object?>
        {
            new Dictionary<string, object?> { ["name"] = "Ada", ["role"] = "lead" },
            new Dictionary<string, object?> { ["name"] = "Grace", ["role"] = "review" },
        },
    };

    [Theory]
    [InlineData("{{ site.title }}", "Notes & Sketches")]
    [InlineData("{{ page.title }} ({{ page.slug }}) at {{ page.url }}", "Release 2.0 (release-2-0) at /posts/release-2-0")]
    [InlineData("{{ page.categories | join: ', ' }}", "releases, news")]
    [InlineData("{{ page.authors[1].name }} and {{ page.authors.first.role }}", "Grace and lead")]
    [InlineData("{{ page.date | date: '%B %-d, %Y' }}", "September 18, 2023")]
    [InlineData("{% if page.comments %}comments{% else %}no comments{% endif %}", "no comments")]
    [InlineData("v{{ page.version | plus: 1 }}", "v3")]
    [InlineData("[{{ page.no_such_field }}][{{ site.nothing.deeper }}]", "[][]")]
    public void Site_and_page_variables_read_as_in_jekyll(string written, string expected)
    {
        Assert.Equal(expected, LiquidBody.Output(written, page: Page));
    }

    [Fact]
    public void Values_reach_liquid_unescaped_as_the_output_is_markdown()
    {
        var site = LiquidBody.Site(variables: new() { ["title"] = "Q&A <notes>", ["repository"] = "ada/notes" });

        Assert.Equal("Q&A <notes>: https://github.com/ada/notes", LiquidBody.Output("{{ site.title }}: https://github.com/{{ site.repository }}", site));
    }

    [Fact]
    public void Assign_capture_and_for_with_forloop_limit_offset_reversed_break_continue_and_cycle()
    {
        var written = """
            {% assign names = "a,b,c,d,e" | split: "," -%}
            {% capture heading %}{{ names.size }} names{% endcapture -%}
            {{ heading }}:{% for n in names offset: 1 limit: 3 %} {{ forloop.index }}={{ n }}{% if forloop.last %}.{% endif %}{% endfor %}
            {% for n in names reversed %}{{ n }}{% endfor %}
            {% for n in (1..3) %}{% unless n == 2 %}{{ n }}{% endunless %}{% endfor %}
            {% for n in empty_list %}x{% else %}none{% endfor %}
            {% for n in names %}{% if n == "b" %}{% continue %}{% endif %}{% if n == "d" %}{% break %}{% endif %}{% cycle "+", "-" %}{{ n }}{% endfor %}
            """;

        Assert.Equal("5 names: 1=b 2=c 3=d.\nedcba\n13\nnone\n+a-c", LiquidBody.Output(written));
    }

    [Fact]
    public void If_elsif_else_case_and_comment()
    {
        var written = """
            {% for v in (1..4) %}{% if v == 1 %}one{% elsif v == 2 %}two{% else %}many{% endif %} {% endfor %}
            {% case page.layout %}{% when "page" %}a page{% when "post" %}a post{% endcase %}
            {% comment %}{{ page.title }} is not shown{% endcomment %}end
            """;

        Assert.Equal("one two many many \na post\nend", LiquidBody.Output(written, page: Page));
    }

    [Fact]
    public void A_for_over_front_matter_maps_makes_markdown()
    {
        var html = BodyPipeline.Default.Render("Team:\n\n{% for author in page.authors %}\n- **{{ author.name }}**, {{ author.role }}\n{% endfor %}",
            new BodyContext(LiquidBody.Resolver, liquid: LiquidBody.Site(), page: () => Page)).Html;

        var items = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelectorAll("li");
        Assert.Equal(["Ada, lead", "Grace, review"], items.Select(li => li.TextContent.Trim()));
        Assert.Equal(["Ada", "Grace"], items.Select(li => li.QuerySelector("strong")!.TextContent));
    }

    [Fact]
    public void The_catalog_gives_each_post_its_page_and_the_site_and_warns_with_the_file_line()
    {
        using var folder = new TempPostsFolder();
        folder.Post("notes/2023-01-02-a.md", "title: ' A & B '\ncategories: [talks]\ntags: open-data\nsponsors: [Ada Lab, Grace Fund]",
            "{{ page.title }} | {{ page.date | date: '%Y-%m-%d' }} | {{ page.url }} | {{ page.slug }} | {{ page.categories | join: ',' }} | " +
            "{{ page.tags | join: ',' }} | {{ page.layout }} | {{ page.path }} | {{ page.sponsors | array_to_sentence_string }} | {{ site.title }}\n\n{% nope %}\n");
        var source = new CatalogSource(folder.PostsPath, null, TimeZoneInfo.Utc, Site: new Dictionary<string, object?> { ["title"] = "My notes" });

        var catalog = CatalogBuilder.Build(source, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var post = Assert.Single(catalog.Posts);
        Assert.Contains("A &amp; B | 2023-01-02 | /posts/a | a | talks | open-data | post | notes/2023-01-02-a.md | Ada Lab and Grace Fund | My notes", post.Html, StringComparison.Ordinal);
        var warning = Assert.Single(catalog.Diagnostics);
        Assert.Equal(("notes/2023-01-02-a.md", 9, 1, Severity.Warning), (warning.Path, warning.Line, warning.Column, warning.Severity));
        Assert.Equal("Liquid '{% nope %}' is a tag this site does not know and shows as written", warning.Message);
    }

    [Fact]
    public void Dates_print_as_jekyll_prints_them_in_the_site_time_zone_and_the_date_filters_still_read_them()
    {
        using var folder = new TempPostsFolder();
        folder.Post("_posts/2020-01-07-my-post.md", "title: My post\ndate: 2020-01-07 12:45:00 +0000",
            "{{ page.date }} | {{ page.date | date: \"%B %-d, %Y %H:%M\" }} | {{ page.date | date_to_string }} | {{ page.date | date_to_xmlschema }} | " +
            "{{ page.date | jsonify }} | {{ site.time }}\n");
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var source = new CatalogSource(folder.PostsPath, null, zone);

        var catalog = CatalogBuilder.Build(source, new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.Zero));

        Assert.Contains("2020-01-07 13:45:00 +0100 | January 7, 2020 13:45 | 07 Jan 2020 | 2020-01-07T13:45:00+01:00 | " +
            "&ldquo;2020-01-07 13:45:00 +0100&rdquo; | 2025-07-01 10:00:00 +0200", Assert.Single(catalog.Posts).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Sort_by_date_follows_time_not_the_printed_text_when_the_clocks_go_back()
    {
        var page = new Dictionary<string, object?>
        {
            ["talks"] = new List<object?>
            {
                new Dictionary<string, object?> { ["name"] = "later", ["date"] = new DateTimeOffset(2023, 10, 29, 2, 10, 0, TimeSpan.FromHours(1)) },
                new Dictionary<string, object?> { ["name"] = "earlier", ["date"] = new DateTimeOffset(2023, 10, 29, 2, 30, 0, TimeSpan.FromHours(2)) },
            },
        };

        Assert.Equal("earlier, later", LiquidBody.Output("{{ page.talks | sort: 'date' | map: 'name' | join: ', ' }}", page: page));
    }

    [Fact]
    public void A_post_has_jekylls_id_path_collection_and_its_published_neighbours_as_previous_and_next()
    {
        using var folder = new TempPostsFolder();
        const string body = "{{ page.id }} | {{ page.path }} | {{ page.collection }} | " +
            "older: {{ page.previous.title }} {{ page.previous.url }} {{ page.previous.date | date: '%Y-%m-%d' }} | " +
            "newer: {{ page.next.title }} {{ page.next.url }}{% if page.next == nil %}none{% endif %}\n";
        folder.Post("_posts/2019-05-01-first-steps.md", "title: First steps", body);
        folder.Post("_posts/2020-01-07-my-post.md", "title: My post", body);
        folder.Post("_posts/2021-02-03-moving-on.md", "title: Moving on\npermalink: /notes/:title/", body);
        folder.Post("_posts/2030-01-01-not-yet.md", "title: Not yet", body);
        folder.Post("_posts/2020-06-01-unfinished.md", "title: Unfinished\npublished: false", body);
        var source = new CatalogSource(folder.PostsPath, null, TimeZoneInfo.Utc, Permalink: "/blog/:year/:month/:day/:title:output_ext");

        var catalog = CatalogBuilder.Build(source, new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.Zero));

        string Body(string path) => string.Join(' ', catalog.Posts.Single(post => post.SourcePath == path).Html.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("/blog/2019/05/01/first-steps | _posts/2019-05-01-first-steps.md | posts | older: | newer: My post /posts/my-post<",
            Body("_posts/2019-05-01-first-steps.md"), StringComparison.Ordinal);
        Assert.Contains("/blog/2020/01/07/my-post | _posts/2020-01-07-my-post.md | posts | older: First steps /posts/first-steps 2019-05-01 | newer: Moving on /posts/moving-on<",
            Body("_posts/2020-01-07-my-post.md"), StringComparison.Ordinal);
        Assert.Contains("/notes/moving-on | _posts/2021-02-03-moving-on.md | posts | older: My post /posts/my-post 2020-01-07 | newer: none<",
            Body("_posts/2021-02-03-moving-on.md"), StringComparison.Ordinal);
    }
}
