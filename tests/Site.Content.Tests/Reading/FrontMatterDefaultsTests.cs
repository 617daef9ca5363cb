namespace Site.Content.Tests.Reading;

/// <summary>Jekyll's <c>defaults:</c>, applied to the posts they scope, through the catalog build.</summary>
public sealed class FrontMatterDefaultsTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private PostCatalog Build() => CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc), Now);

    private const string Config = """
        title: Lab
        defaults:
          - scope:
              path: ""
            values:
              image: /assets/img/default.png
              tags: [lab]
          - scope:
              path: ""
              type: posts
            values:
              categories: [news]
              description: A post of the lab.
          - scope:
              path: talks
            values:
              categories:
                - talks
              tags: [talk]
          - scope:
              path: "projects/*/notes"
            values:
              tags: project-notes
        """;

    [Fact]
    public void A_post_gets_the_values_of_every_scope_that_covers_it_and_keeps_its_own()
    {
        _folder.Write("_config.yml", Config);
        _folder.Post("_posts/2024-01-01-plain.md", "title: Plain");
        _folder.Post("_posts/2024-01-02-own.md", "title: Own\ntags: [mine]\ndescription: Its own.");
        _folder.Post("talks/2024-01-03-keynote.md", "title: Keynote");
        _folder.Post("projects/atlas/notes/2024-01-04-week-one.md", "title: Week one");

        var catalog = Build();

        Assert.Empty(catalog.Diagnostics);
        var plain = catalog.FindPost("plain")!;
        Assert.Equal(["news"], plain.Categories.Select(c => c.Name));
        Assert.Equal(["lab"], plain.Tags.Select(t => t.Name));
        Assert.Equal(("/assets/img/default.png", "A post of the lab."), (plain.Image, plain.Summary));
        var own = catalog.FindPost("own")!;
        Assert.Equal(["mine"], own.Tags.Select(t => t.Name));
        Assert.Equal("Its own.", own.Summary);
        // Not in _posts/: a page to Jekyll, so the posts' scope leaves it; the longer path wins over the shorter.
        var keynote = catalog.FindPost("keynote")!;
        Assert.Equal(["talks"], keynote.Categories.Select(c => c.Name));
        Assert.Equal(["talk"], keynote.Tags.Select(t => t.Name));
        Assert.Equal(["project-notes"], catalog.FindPost("week-one")!.Tags.Select(t => t.Name));
    }

    [Fact]
    public void A_default_value_that_is_wrong_is_reported_once_at_its_line_in_the_config()
    {
        _folder.Write("_config.yml", """
            defaults:
              - scope:
                  type: posts
                values:
                  layout: single
                  date: someday
            """);
        _folder.Post("_posts/2024-01-01-a.md", "title: A");
        _folder.Post("_posts/2024-01-02-b.md", "title: B\ndate: 2024-01-02");

        var catalog = Build();

        Assert.Equal(2, catalog.Posts.Count);
        Assert.Equal(
        [
            "_config.yml:5:15: warning: unknown layout 'single': treated as 'post' (known: post, page)",
            "_config.yml:6:13: warning: date 'someday' ignored: expected '2023-01-05' or '2023-01-05 10:30:00 +0100'",
        ], catalog.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_draft_is_covered_by_the_posts_scope_and_its_own()
    {
        _folder.Write("_config.yml", "defaults:\n  - scope: {type: posts}\n    values: {tags: [p]}\n  - scope: {type: drafts}\n    values: {categories: [d]}\n");
        File.SetLastWriteTimeUtc(_folder.Post("_drafts/idea.md", "title: Idea"), Now.UtcDateTime.AddDays(-1));

        var draft = Assert.Single(CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc, IncludeDrafts: true), Now).Posts);

        Assert.Equal(["d"], draft.Categories.Select(c => c.Name));
        Assert.Equal(["p"], draft.Tags.Select(t => t.Name));
    }

    [Fact]
    public void Jekylls_old_type_names_post_page_and_draft_scope_posts_pages_and_drafts_with_a_note()
    {
        _folder.Write("_config.yml", "defaults:\n  - scope: {type: post}\n    values: {tags: [p]}\n  - scope: {type: page}\n    values: {tags: [g]}\n  - scope: {type: draft}\n    values: {categories: [d]}\n");
        _folder.Post("_posts/2024-01-01-a.md", "title: A");
        _folder.Post("about.md", "title: About\nlayout: page");
        File.SetLastWriteTimeUtc(_folder.Post("_drafts/idea.md", "title: Idea"), Now.UtcDateTime.AddDays(-1));

        var catalog = CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc, IncludeDrafts: true), Now);

        Assert.Equal(["p"], catalog.FindPost("a")!.Tags.Select(t => t.Name));
        Assert.Equal(["g"], catalog.Pages.Single().Tags.Select(t => t.Name));
        Assert.Equal(["d"], catalog.FindPost("idea")!.Categories.Select(c => c.Name));
        Assert.Equal(
        [
            "_config.yml:2:19: note: scope type 'post' is Jekyll's old name for 'posts': read as 'posts'",
            "_config.yml:4:19: note: scope type 'page' is Jekyll's old name for 'pages': read as 'pages'",
            "_config.yml:6:19: note: scope type 'draft' is Jekyll's old name for 'drafts': read as 'drafts'",
        ], catalog.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_problems_of_the_config_are_among_the_catalog_diagnostics()
    {
        _folder.Write("_config.yml", "theme: minima\npaginate: 0\n");
        _folder.Post("a.md", "title: A");

        Assert.Equal(
        [
            "_config.yml:1: note: settings of Jekyll's build, its themes and plugins are not used here: theme",
            "_config.yml:2:11: warning: paginate '0' is not a number of posts from 1 to 1000: ignored",
        ], Build().Diagnostics.Select(d => d.ToString()));
    }
}
