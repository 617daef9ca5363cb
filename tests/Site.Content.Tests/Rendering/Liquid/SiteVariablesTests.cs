namespace Site.Content.Tests.Rendering.Liquid;

/// <summary>
/// site.* as a post's Liquid reads it: the keys of _config.yml, under the site's own settings, and the site's posts,
/// pages, categories and tags.
/// </summary>
public sealed class SiteVariablesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Run(string written, string config, Dictionary<string, object?> settings)
    {
        var site = SiteVariables.Of(JekyllConfig.Parse(JekyllConfig.FileName, config).Values, settings, Now, () => [], () => []);
        return LiquidBody.Output(written, LiquidBody.Site(variables: site));
    }

    [Fact]
    public void Each_key_of_the_config_is_a_site_variable_with_its_yaml_value()
    {
        const string config = """
            repository: lab/tool
            social:
              github: lab
              links: [https://lab.example, https://tool.example]
            maintainers: [Ada, Grace]
            show_excerpts: true
            version: 2.0
            """;

        var output = Run("{{ site.repository }} | {{ site.social.github }} | {{ site.social.links.last }} | {{ site.maintainers | array_to_sentence_string }} | " +
            "{% if site.show_excerpts %}excerpts{% endif %} | {{ site.version }} | {{ site.version | plus: 1 }}", config, []);

        Assert.Equal("lab/tool | lab | https://tool.example | Ada and Grace | excerpts | 2.0 | 3.0", output);
    }

    [Fact]
    public void The_sites_own_values_win_over_config_keys_of_the_same_name()
    {
        const string config = "title: Old title\nurl: https://old.example\nbaseurl: /blog\nposts: [not, these]\ntime: yesterday\nsubtitle: kept";
        var settings = new Dictionary<string, object?> { ["title"] = "Set for the deployment", ["url"] = "https://new.example", ["baseurl"] = "" };

        var output = Run("{{ site.title }} | {{ site.url }} | [{{ site.baseurl }}] | {{ site.posts.size }} | {{ site.time | date: '%Y-%m-%d %H:%M' }} | {{ site.subtitle }} | {{ '/x' | absolute_url }}",
            config, settings);

        Assert.Equal("Set for the deployment | https://new.example | [] | 0 | 2025-01-01 12:00 | kept | https://new.example/x", output);
    }

    [Fact]
    public void An_author_mapping_the_author_setting_was_read_from_stays_whole_and_another_author_wins()
    {
        const string config = "author:\n  name: Rosa Lind\n  email: rosa@example.org";
        const string written = "{{ site.author.name }} <{{ site.author.email }}> [{{ site.author }}]";

        Assert.Equal("Rosa Lind <rosa@example.org> []", Run(written, config, new() { ["author"] = "Rosa Lind" }));
        Assert.Equal(" <> [Set for the deployment]", Run(written, config, new() { ["author"] = "Set for the deployment" }));
    }

    [Fact]
    public void A_catalog_gives_its_posts_newest_first_its_pages_categories_and_tags_and_the_configs_keys()
    {
        _folder.Write("_config.yml", "title: Old title\nrepository: lab/tool\n");
        _folder.Post("2023-01-01-first.md", "title: First\ncategories: [notes]\ntags: [howto]");
        _folder.Post("2024-06-01-second.md", "title: Second\ncategories: [notes, talks]");
        _folder.Post("2024-08-01-hidden.md", "title: Hidden\npublished: false\ncategories: [notes]");
        _folder.Post("2025-06-01-future.md", "title: Future\ncategories: [notes]");
        _folder.Post("about.md", "title: About\nlayout: page");
        _folder.Post("index-of-posts.md", "title: Index\nlayout: page\ndate: 2020-01-01", """
            {{ site.title }} at github.com/{{ site.repository }}, {{ site.time | date: '%Y' }}.

            {% for post in site.posts %}{{ post.title }} ({{ post.url }}); {% endfor %}

            {% for page in site.pages %}{{ page.title }}; {% endfor %}

            {% for category in site.categories %}{{ category[0] }}: {{ category[1] | map: 'title' | join: ', ' }}; {% endfor %}

            How-tos: {{ site.tags.howto | map: 'title' | join: ', ' }}.
            """);
        var source = new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc, Site: new Dictionary<string, object?> { ["title"] = "Lab notes" });

        var catalog = CatalogBuilder.Build(source, Now);

        var paragraphs = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(catalog.FindPage("index-of-posts")!.Html)
            .QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        Assert.Equal([
            "Lab notes at github.com/lab/tool, 2025.",
            "Second (/posts/second); First (/posts/first);",
            "About; Index;",
            "notes: Second, First; talks: Second;",
            "How-tos: First.",
        ], paragraphs);
        Assert.Empty(catalog.Diagnostics);
    }
}
