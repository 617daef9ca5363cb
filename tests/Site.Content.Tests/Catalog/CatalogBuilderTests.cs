
namespace Site.Content.Tests.Catalog;

public sealed class CatalogBuilderTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private PostCatalog Build(bool checkStaticFiles = false, TimeZoneInfo? zone = null) =>
        CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, checkStaticFiles ? _folder.Files : null, zone ?? TimeZoneInfo.Utc), Now);

    private static ContentDiagnostic[] Errors(PostCatalog catalog) => [.. catalog.Diagnostics.Where(d => d.Severity == Severity.Error)];

    private static ContentDiagnostic[] Warnings(PostCatalog catalog) => [.. catalog.Diagnostics.Where(d => d.Severity == Severity.Warning)];

    [Fact]
    public void Slug_comes_from_the_file_name_without_the_date_and_date_from_the_prefix()
    {
        _folder.Post("2017-03-03-Données Ouvertes.md", "title: D");
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        var catalog = Build(zone: london);

        var post = Assert.Single(catalog.Posts);
        Assert.Equal("données-ouvertes", post.Slug);
        Assert.Equal("/posts/données-ouvertes", post.Url);
        Assert.Equal(new DateTimeOffset(2017, 3, 3, 0, 0, 0, TimeSpan.Zero), post.Date);
        Assert.Same(post, catalog.FindPost("données-ouvertes"));
    }

    [Fact]
    public void A_summer_file_date_is_midnight_in_the_site_zone()
    {
        _folder.Post("2023-07-05-summer.md", "title: S");
        var post = Assert.Single(Build(zone: TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).Posts);
        Assert.Equal(new DateTimeOffset(2023, 7, 5, 0, 0, 0, TimeSpan.FromHours(1)), post.Date);
    }

    [Fact]
    public void The_date_field_wins_over_the_file_name_and_the_slug_field_over_the_name()
    {
        _folder.Post("2017-03-03-old-name.md", "title: T\ndate: 2019-05-06\nslug: New Name");
        var post = Assert.Single(Build().Posts);
        Assert.Equal("new-name", post.Slug);
        Assert.Equal(new DateTimeOffset(2019, 5, 6, 0, 0, 0, TimeSpan.Zero), post.Date);
    }

    [Fact]
    public void Category_and_categories_are_united_and_deduplicated_by_slug()
    {
        _folder.Post("a.md", "title: A\ncategory: Research Notes\ncategories: research-notes talks Talks blog");

        var catalog = Build();

        var post = Assert.Single(catalog.Posts);
        // In Jekyll's order, `categories` before `category`: the first name of a slug is the one shown.
        Assert.Equal(["research-notes", "talks", "blog"], post.Categories.Select(c => c.Name));
        Assert.Equal(["research-notes", "talks", "blog"], post.Categories.Select(c => c.Slug));
        Assert.NotNull(catalog.FindCategory("research-notes"));
        Assert.Equal(3, catalog.Categories.Count);
    }

    [Fact]
    public void Categories_as_a_list_with_category_count_once_each()
    {
        _folder.Post("a.md", "title: A\ncategory: blog\ncategories: [talks, research, blog]");
        _folder.Post("b.md", "title: B\ncategories: [Talks]");

        var catalog = Build();

        Assert.Equal(["blog", "research", "talks"], catalog.Categories.Select(c => c.Term.Slug));
        Assert.Equal(2, catalog.FindCategory("talks")!.Posts.Count);
        Assert.Single(catalog.FindCategory("blog")!.Posts);
    }

    [Fact]
    public void Tags_are_listed_with_their_posts()
    {
        _folder.Post("a.md", "title: A\ntags: open-data ai");
        _folder.Post("b.md", "title: B\ntags: [AI]");

        var catalog = Build();

        Assert.Equal(2, catalog.FindTag("ai")!.Posts.Count);
        Assert.Single(catalog.FindTag("open-data")!.Posts);
        Assert.Null(catalog.FindTag("missing"));
    }

    [Fact]
    public void Posts_with_one_slug_are_all_served_the_earliest_keeps_it_the_others_get_their_date()
    {
        _folder.Post("b/2021-01-01-same.md", "title: From B");
        _folder.Post("a/2020-01-01-same.md", "title: From A");
        _folder.Post("c.md", "title: From C\nslug: same\ndate: 2021-01-01");
        _folder.Post("d.md", "title: From D\nslug: same");

        var catalog = Build();

        Assert.Equal(
            [("From A", "same"), ("From B", "same-2021-01-01"), ("From C", "same-2021-01-01-2"), ("From D", "same-2")],
            catalog.Posts.Select(p => (p.Title, p.Slug)).OrderBy(p => p.Title));
        Assert.Empty(Errors(catalog));
        var warnings = Warnings(catalog);
        Assert.Equal(["b/2021-01-01-same.md", "c.md", "d.md"], warnings.Select(w => w.Path).Order(StringComparer.Ordinal));
        Assert.All(warnings, warning => Assert.Contains("slug 'same' is taken by a/2020-01-01-same.md", warning.Message, StringComparison.Ordinal));
        // The third of one slug and date meets the second's dated slug too: that file is named.
        Assert.Equal("slug 'same' is taken by a/2020-01-01-same.md, which is earlier, and 'same-2021-01-01' by b/2021-01-01-same.md: this one is served at 'same-2021-01-01-2' (set 'slug' to choose another)",
            warnings.Single(w => w.Path == "c.md").Message);
    }

    [Fact]
    public void Among_posts_of_one_date_the_path_decides_ordinally()
    {
        _folder.Post("a-x.md", "title: Lower\nslug: dup");
        _folder.Post("B-x.md", "title: Upper\nslug: dup");

        var catalog = Build();

        Assert.Equal("Upper", catalog.FindPost("dup")!.Title);
        Assert.Equal("Lower", catalog.FindPost("dup-2")!.Title);
    }

    [Fact]
    public void An_old_url_of_a_post_whose_slug_was_taken_reaches_it()
    {
        _folder.Post("2020-01-01-same.md", "title: First");
        _folder.Post("news/2021-06-05-same.md", "title: Second");

        var catalog = Build();

        Assert.Equal("Second", catalog.FindByOldUrl("/2021/06/05/same.html")!.Title);
        Assert.Equal("First", catalog.FindByOldUrl("/2020/01/01/same.html")!.Title);
    }

    [Theory]
    [InlineData("posts")]
    [InlineData("archive")]
    [InlineData("categories")]
    [InlineData("tags")]
    [InlineData("healthz")]
    [InlineData("not-found")]
    [InlineData("error")]
    public void A_page_with_a_reserved_slug_is_an_error(string slug)
    {
        _folder.Post("p.md", $"title: P\nlayout: page\nslug: {slug}");

        var catalog = Build();

        Assert.Empty(catalog.Pages);
        Assert.Null(catalog.FindPage(slug));
        var error = Assert.Single(Errors(catalog));
        Assert.Equal("p.md", error.Path);
        Assert.Contains("reserved", error.Message);
    }

    [Fact]
    public void A_page_named_like_a_static_folder_is_an_error()
    {
        _folder.StaticFile("assets/site.css");
        _folder.Post("assets.md", "title: Assets\nlayout: page");

        var catalog = Build(checkStaticFiles: true);

        Assert.Empty(catalog.Pages);
        Assert.Contains("reserved", Assert.Single(Errors(catalog)).Message);
    }

    [Fact]
    public void A_page_named_like_a_static_file_at_the_top_is_an_error()
    {
        _folder.StaticFile("CNAME");
        _folder.Post("cname.md", "title: Cname\nlayout: page");

        var catalog = Build(checkStaticFiles: true);

        Assert.Empty(catalog.Pages);
        Assert.Contains("reserved", Assert.Single(Errors(catalog)).Message);
    }

    [Fact]
    public void A_slug_too_long_for_an_address_is_cut_at_a_word_with_a_warning()
    {
        _folder.Post("long.md", "title: Long\nslug: " + string.Join(' ', Enumerable.Repeat("word", 2_000)));

        var post = Assert.Single(Build().Posts);

        Assert.True(post.Slug.Length <= Post.MaxSlugLength, $"{post.Slug.Length} characters");
        Assert.EndsWith("-word", post.Slug, StringComparison.Ordinal);
        Assert.StartsWith("the slug is 9999 characters long", Assert.Single(Warnings(Build())).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Underscore_folders_and_files_are_not_posts_but_posts_and_drafts_folders_are_read()
    {
        _folder.Post("_posts/2020-01-01-kept.md", "title: Kept");
        _folder.Post("_includes/note.md", "title: Include");
        _folder.Post("_site/2020-01-01-built.md", "title: Built");
        _folder.Post("_index.md", "title: Hugo section");
        _folder.Post("notes/_partial.md", "title: Partial");

        var catalog = Build();

        Assert.Equal(["Kept"], catalog.Posts.Select(p => p.Title));
        Assert.Empty(catalog.Diagnostics);
    }

    [Fact]
    public void Drafts_folder_files_and_draft_true_posts_are_drafts_dated_by_their_last_write()
    {
        var file = _folder.Post("_drafts/an-idea.md", "title: An idea");
        File.SetLastWriteTimeUtc(file, new DateTime(2024, 3, 4, 5, 6, 7, DateTimeKind.Utc));
        _folder.Post("2024-01-01-hugo-draft.md", "title: Hugo draft\ndraft: true");
        _folder.Post("2024-01-02-not-a-draft.md", "title: Not a draft\ndraft: false");
        _folder.Post("2024-01-03-odd.md", "title: Odd\ndraft: maybe");

        var published = Build();
        var preview = CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc, IncludeDrafts: true), Now);

        Assert.Equal(["Not a draft"], published.Posts.Select(p => p.Title));
        Assert.Equal("draft must be true or false: taken as true", Assert.Single(Warnings(published)).Message);
        var idea = preview.FindPost("an-idea")!;
        Assert.True(idea.IsDraft);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 5, 6, 7, TimeSpan.Zero), idea.Date);
        Assert.True(preview.FindPost("hugo-draft")!.IsDraft);
        Assert.True(preview.FindPost("odd")!.IsDraft);
        Assert.False(preview.FindPost("not-a-draft")!.IsDraft);
    }

    [Fact]
    public void A_post_may_use_a_slug_that_is_reserved_for_pages()
    {
        _folder.Post("archive.md", "title: About archives");
        Assert.NotNull(Build().FindPost("archive"));
    }

    [Fact]
    public void Pages_are_not_posts_but_are_found()
    {
        _folder.Post("about.md", "title: About\nlayout: page");
        _folder.Post("2020-01-01-post.md", "title: Post\ncategory: blog");

        var catalog = Build();

        var page = Assert.Single(catalog.Pages);
        Assert.Equal("/about", page.Url);
        Assert.Same(page, catalog.FindPage("about"));
        Assert.Null(catalog.FindPost("about"));
        Assert.Equal(["post"], catalog.Posts.Select(p => p.Slug));
        Assert.Null(catalog.FindPage("post"));
    }

    [Fact]
    public void Unpublished_posts_are_nowhere()
    {
        _folder.Post("2020-01-01-hidden.md", "title: Hidden\npublished: \"No\"\ncategory: secret\ntags: private\nrange: 2010 - 2011");
        _folder.Post("2020-01-02-shown.md", "title: Shown\ncategory: blog");

        var catalog = Build();

        Assert.Equal(["shown"], catalog.Posts.Select(p => p.Slug));
        Assert.Null(catalog.FindPost("hidden"));
        Assert.Null(catalog.FindCategory("secret"));
        Assert.Null(catalog.FindTag("private"));
        Assert.Equal([2020], catalog.Years.Select(y => y.Year));
        Assert.Empty(catalog.InPeriod(new YearRange(2010, 2011)));
        Assert.Empty(catalog.Diagnostics);
    }

    [Fact]
    public void An_unpublished_page_is_not_found()
    {
        _folder.Post("draft.md", "title: Draft\nlayout: page\npublished: off");
        Assert.Null(Build().FindPage("draft"));
    }

    [Fact]
    public void Posts_are_ordered_newest_first_undated_by_range_end_then_title_then_slug()
    {
        _folder.Post("2024-03-01-march.md", "title: March");
        _folder.Post("ranged.md", "title: Ranged\nrange: 2022 - 2024");             // counts as 2024-01-01
        _folder.Post("2024-01-01-same-day-b.md", "title: Beta");
        _folder.Post("2024-01-01-same-day-a.md", "title: alpha");
        _folder.Post("tie-2.md", "title: Twin\ndate: 2020-01-01");
        _folder.Post("tie-1.md", "title: Twin\ndate: 2020-01-01");
        _folder.Post("undated.md", "title: Undated");

        var catalog = Build();

        Assert.Equal(["march", "same-day-a", "same-day-b", "ranged", "tie-1", "tie-2", "undated"], catalog.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void Years_come_from_the_range_else_the_date_else_none()
    {
        _folder.Post("2023-05-05-ranged.md", "title: R\nrange: 2020 - 2022");
        _folder.Post("2023-05-05-dated.md", "title: D");
        _folder.Post("nothing.md", "title: N");
        _folder.Post("present.md", "title: P\nrange: 2024 - present");

        var catalog = Build();

        Assert.Equal(new YearRange(2020, 2022), catalog.FindPost("ranged")!.Years);
        Assert.Equal(new YearRange(2023, 2023), catalog.FindPost("dated")!.Years);
        Assert.Null(catalog.FindPost("nothing")!.Years);
        Assert.Equal(new YearRange(2024, 2025, UntilPresent: true), catalog.FindPost("present")!.Years);
        Assert.Equal([2025, 2024, 2023, 2022, 2021, 2020], catalog.Years.Select(y => y.Year));
        Assert.DoesNotContain(catalog.Years, y => y.Posts.Any(p => p.Slug == "nothing"));
        Assert.Equal(["ranged"], catalog.Years.Single(y => y.Year == 2021).Posts.Select(p => p.Slug));
    }

    [Fact]
    public void InPeriod_finds_posts_whose_years_overlap_inclusively()
    {
        _folder.Post("a.md", "title: A\nrange: 2018 - 2020");
        _folder.Post("b.md", "title: B\nrange: 2021 - 2022");
        _folder.Post("c.md", "title: C\nrange: 2023");

        var catalog = Build();

        Assert.Equal(["b", "a"], catalog.InPeriod(new YearRange(2020, 2021)).Select(p => p.Slug));
        Assert.Equal(["c", "b"], catalog.InPeriod(new YearRange(2022, 2023)).Select(p => p.Slug));
        Assert.Equal(["a"], catalog.InPeriod(new YearRange(2020, 2020)).Select(p => p.Slug));
        Assert.Empty(catalog.InPeriod(new YearRange(2015, 2017)));
        Assert.Empty(catalog.InPeriod(new YearRange(2024, 2024)));
    }

    [Fact]
    public void One_bad_file_does_not_stop_the_others()
    {
        _folder.Post("good.md", "title: Good");
        _folder.Post("bad-yaml.md", "title: T\ntags: [a, b\nimage: x");
        _folder.Write("2024-01-01-no-front-matter.md", "# hello");
        _folder.WriteBytes("latin1.md", System.Text.Encoding.Latin1.GetBytes("---\ntitle: é\n---\n"));

        var catalog = Build();

        Assert.Equal(["good"], catalog.Posts.Select(p => p.Slug));
        Assert.Equal(["2024-01-01-no-front-matter.md", "bad-yaml.md", "latin1.md"], Errors(catalog).Select(e => e.Path));
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_skipped()
    {
        _folder.Post("big.md", "title: Big", new string('x', 5000));
        _folder.Post("small.md", "title: Small");

        var catalog = CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc, MaxPostBytes: 1000), Now);

        Assert.Equal(["small"], catalog.Posts.Select(p => p.Slug));
        Assert.Equal("big.md", Assert.Single(Errors(catalog)).Path);
    }

    [Fact]
    public void A_symbolic_link_outside_is_reported_and_its_post_not_served()
    {
        var outside = Path.Combine(_folder.Root, "2020-01-01-secret.md");
        File.WriteAllText(outside, "---\ntitle: Secret\n---\nsecret\n");
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "2020-01-01-secret.md"), outside);

        var catalog = Build();

        Assert.Empty(catalog.Posts);
        Assert.Equal("2020-01-01-secret.md", Assert.Single(Errors(catalog)).Path);
    }

    [Fact]
    public void Warnings_for_broken_links_missing_images_and_unpublished_posts()
    {
        _folder.StaticFile("assets/img/here.png");
        _folder.Post("2020-01-01-draft.md", "title: Draft\npublished: false");
        _folder.Post("2020-01-02-other.md", "title: Other\ncategory: blog");
        _folder.Post("2020-01-03-links.md", "title: Links", """
            [ok post](2020-01-02-other.md) [ok category](/categories/blog) [ok archive](/archive/2020)
            ![ok image](../assets/img/here.png) [external](https://example.org/nowhere)

            [broken](/posts/nowhere)
            ![missing](../assets/img/gone.png)
            [draft](2020-01-01-draft.md)
            """);

        var catalog = Build(checkStaticFiles: true);

        Assert.Equal(2, catalog.Posts.Count);
        var warnings = Warnings(catalog);
        Assert.Empty(Errors(catalog));
        Assert.Equal(3, warnings.Length);
        Assert.All(warnings, w => Assert.Equal("2020-01-03-links.md", w.Path));

        Assert.Contains("broken internal link '/posts/nowhere'", warnings[0].Message);
        Assert.Equal((7, 1), (warnings[0].Line, warnings[0].Column));
        Assert.Contains("missing local image '/assets/img/gone.png'", warnings[1].Message);
        Assert.Equal(8, warnings[1].Line);
        Assert.Contains("unpublished post '/posts/draft'", warnings[2].Message);
        Assert.Equal(9, warnings[2].Line);
    }

    [Fact]
    public void Links_to_other_posts_render_as_their_urls()
    {
        _folder.Post("sub/2020-01-02-other.md", "title: Other\nslug: elsewhere");
        _folder.Post("2020-01-03-links.md", "title: Links", "[see](../_posts/2020-01-02-other.md#part)\n");

        var post = Build().FindPost("links")!;

        Assert.Contains("href=\"/posts/elsewhere#part\"", post.Html);
    }

    [Fact]
    public void An_unreadable_date_or_range_falls_back_to_the_file_name_date_and_its_year()
    {
        _folder.Post("2023-04-05-odd.md", "title: Odd\ndate: last tuesday\nrange: 2024 - 2020");

        var post = Build().FindPost("odd")!;

        Assert.Equal(new DateTimeOffset(2023, 4, 5, 0, 0, 0, TimeSpan.Zero), post.Date);
        Assert.Null(post.Range);
        Assert.Equal(new YearRange(2023, 2023), post.Years);
    }

    [Fact]
    public void Image_and_summary_are_resolved()
    {
        _folder.Post("a.md", "title: A\nimage: ../assets/img/x.png", "![lead](x.png)\n\nThe **first** paragraph.\n\nSecond.\n");
        _folder.Post("b.md", "title: B\nexcerpt: Given excerpt", "Body.\n");

        var catalog = Build();

        var a = catalog.FindPost("a")!;
        Assert.Equal("/assets/img/x.png", a.Image);
        Assert.Equal("The first paragraph.", a.Summary);
        Assert.Equal("Given excerpt", catalog.FindPost("b")!.Summary);
    }

    [Fact]
    public void Summary_is_the_description_else_the_text_before_the_divider_uncut_else_the_first_paragraph_cut()
    {
        var longIntro = string.Join(' ', Enumerable.Repeat("word", 60));
        _folder.Post("marked.md", "title: Marked", $"{longIntro}.\n\nMore intro.\n\n<!--more-->\n\nThe rest.\n");
        _folder.Post("own.md", "title: Own\nexcerpt_separator: \"<!-- cut -->\"", "Kept.\n\n<!-- cut -->\n\n<!--more-->\n");
        _folder.Post("described.md", "title: Described\ndescription: Given", "Intro.\n\n<!--more-->\n");
        _folder.Post("plain.md", "title: Plain", $"{longIntro}.\n");

        var catalog = Build();

        Assert.Equal($"{longIntro}. More intro.", catalog.FindPost("marked")!.Summary);
        Assert.Equal("Kept.", catalog.FindPost("own")!.Summary);
        Assert.Equal("Given", catalog.FindPost("described")!.Summary);
        Assert.Equal(Summary.Cut(longIntro + "."), catalog.FindPost("plain")!.Summary);
        Assert.EndsWith("…", catalog.FindPost("plain")!.Summary);
        Assert.Empty(catalog.Diagnostics);
    }

    [Fact]
    public void A_summary_written_in_the_front_matter_is_read_as_html_and_kept_as_its_text()
    {
        _folder.Post("tags.md", "title: Tags\nexcerpt: \"<br/><img src='/images/x.png'>Look &amp; see\"", "Body.\n");
        _folder.Post("marker.md", "title: Marker\nexcerpt: \"<!--more-->\"", "The first paragraph of the body.\n");
        _folder.Post("described.md", "title: Described\ndescription: \"A <b>bold</b> claim <!-- hidden --> <script>alert(1)</script> end\"", "Body.\n");

        var catalog = Build();

        Assert.Equal("Look & see", catalog.FindPost("tags")!.Summary);
        Assert.Equal("The first paragraph of the body.", catalog.FindPost("marker")!.Summary);
        Assert.Equal("A bold claim end", catalog.FindPost("described")!.Summary);
    }

    [Theory]
    [InlineData("<noscript>Turn on JavaScript.</noscript> Prose.")]
    [InlineData("<noembed>No embeds.</noembed> Prose.")]
    [InlineData("<select><option>First</option><option>Second</option></select> Prose.")]
    [InlineData("<xmp><b>raw</b></xmp> Prose.")]
    [InlineData("<object data=\"/x.svg\">Fallback text.</object> Prose.")]
    public void A_summary_from_the_body_leaves_out_what_is_no_prose(string paragraph)
    {
        _folder.Post("a.md", "title: A", paragraph + "\n");

        Assert.Equal("Prose.", Build().FindPost("a")!.Summary);
    }

    [Fact]
    public void A_summary_marked_after_raw_html_is_the_text_of_that_html()
    {
        _folder.Post("a.md", "title: A", "<div class=\"intro\">\n<p>The <em>intro</em> in HTML.</p>\n</div>\n\n<!--more-->\n\nThe rest.\n");

        Assert.Equal("The intro in HTML.", Build().FindPost("a")!.Summary);
    }

    [Fact]
    public void Warnings_leave_the_post_served()
    {
        _folder.Post("a.md", "title: A\nlayout: gallery\nrange: whenever\ndate: someday\ncatgory: blog");

        var catalog = Build();

        var post = Assert.Single(catalog.Posts);
        Assert.Null(post.Range);
        Assert.Null(post.Date);
        Assert.Equal(4, Warnings(catalog).Length);
        Assert.Contains(Warnings(catalog), w => w.Message.Contains("did you mean 'category'"));
    }

    [Theory]
    [InlineData("", "The **answer** is in [the docs](/docs).")]
    [InlineData("kramdown:\n  input: GFM\n  parse_block_html: true\n", "The <strong>answer</strong> is in <a href=\"/docs\">the docs</a>.")]
    public void Markdown_inside_a_raw_html_block_is_read_only_where_the_config_says_kramdown_parses_block_html(string config, string expected)
    {
        _folder.Write("_config.yml", "title: T\n" + config);
        _folder.Post("_posts/2024-01-01-faq.md", "title: FAQ", "<details>\n<summary>Where?</summary>\n\nThe **answer** is in [the docs](/docs).\n\n</details>\n");

        var post = Assert.Single(Build().Posts);

        Assert.Contains(expected, post.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_whose_kramdown_smart_quotes_are_straight_keeps_its_quotes_straight_in_bodies_titles_and_summaries()
    {
        _folder.Write("_config.yml", "title: T\nkramdown:\n  smart_quotes: [\"apos\", \"apos\", \"quot\", \"quot\"]\n");
        _folder.Post("_posts/2017-04-05-motors.md", "title: \"Motors: the robot's \\\"muscles\\\" -- part 1\"\ndescription: \"What's a \\\"motor\\\"...\"",
            "A motor's torque -- \"twist\" -- matters. {{ \"Liquid's \\\"smartify\\\"\" | smartify }}\n");

        var post = Assert.Single(Build().Posts);

        Assert.Equal("Motors: the robot's \"muscles\" \u2013 part 1", post.Title);
        Assert.Equal("What's a \"motor\"\u2026", post.Summary);
        Assert.Contains("A motor's torque &ndash; &quot;twist&quot; &ndash; matters. Liquid's &quot;smartify&quot;", post.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_whose_markdown_ext_names_txt_publishes_its_txt_posts_and_links_to_them_by_name()
    {
        _folder.Write("_config.yml", "markdown_ext: txt\n");
        _folder.Post("_posts/2024-01-01-plain.txt", "title: Plain", "Some *emphasis*.\n");
        _folder.Post("_posts/2024-01-02-next.txt", "title: Next", "After [the plain one]({% post_url 2024-01-01-plain %}) and [again](2024-01-01-plain.txt).\n");

        var catalog = Build();

        Assert.Equal(["Next", "Plain"], catalog.Posts.Select(post => post.Title).Order(StringComparer.Ordinal));
        Assert.Contains("<em>emphasis</em>", catalog.FindPost("plain")!.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/posts/plain\">the plain one</a> and <a href=\"/posts/plain\">again</a>", catalog.FindPost("next")!.Html, StringComparison.Ordinal);
        Assert.Empty(catalog.Diagnostics);
    }

    [Fact]
    public void A_themes_layout_is_a_warning_where_it_is_written_and_the_post_is_served()
    {
        _folder.Write("_config.yml", "defaults:\n  - scope: {path: \"\", type: posts}\n    values: {layout: single}\n");
        _folder.Post("_posts/2024-01-01-a.md", "title: A");
        _folder.Post("_posts/2024-01-02-b.md", "title: B");
        _folder.Post("notes/c.md", "title: C\nlayout: single");
        _folder.Post("notes/d.md", "title: D\nlayout: splash");

        var catalog = Build();

        Assert.Equal(4, catalog.Posts.Count);
        // A default of _config.yml is reported once, where it is written.
        Assert.Equal([
            "_config.yml:3:22: warning: unknown layout 'single': treated as 'post' (known: post, page)",
            "notes/c.md:3:9: warning: unknown layout 'single': treated as 'post' (known: post, page)",
            "notes/d.md:3:9: warning: unknown layout 'splash': treated as 'post' (known: post, page)",
        ], catalog.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_missing_posts_folder_is_an_error_not_a_crash()
    {
        var catalog = CatalogBuilder.Build(new CatalogSource(Path.Combine(_folder.Root, "nope"), null, TimeZoneInfo.Utc), Now);
        Assert.Empty(catalog.Posts);
        Assert.Single(Errors(catalog));
    }

    [Fact]
    public void Diagnostics_print_as_path_line_column_severity_message()
    {
        _folder.Post("dir/bad.md", "title: T\npublished: perhaps");

        var catalog = Build();

        var error = Assert.Single(catalog.Diagnostics);
        Assert.Equal("dir/bad.md:3:12: error: published must be true or false (also yes/no, on/off)", error.ToString());
        Assert.Equal("x.md:4: warning: w", ContentDiagnostic.Warning("x.md", "w", 4).ToString());
        Assert.Equal("x.md: error: e", ContentDiagnostic.Error("x.md", "e").ToString());
    }

    [Fact]
    public void Single_dollar_math_is_math_where_the_post_or_the_site_turns_on_its_themes_math()
    {
        const string Body = "When $a \\ne 0$, it costs $5 and $10.\n";
        _folder.Post("_posts/2019-08-08-chirpy.md", "title: Chirpy\nmath: true", Body);
        _folder.Post("_posts/2019-08-09-mathjax.md", "title: MathJax\nmathjax: yes", Body);
        _folder.Post("_posts/2019-08-10-plain.md", "title: Plain", Body);

        var plain = Build();
        _folder.Write("_config.yml", "enable_math: true\n");
        var alFolio = Build();

        foreach (var title in new[] { "Chirpy", "MathJax" })
            Assert.Contains("<math", plain.Posts.Single(p => p.Title == title).Html, StringComparison.Ordinal);
        var text = plain.Posts.Single(p => p.Title == "Plain").Html;
        Assert.DoesNotContain("<math", text, StringComparison.Ordinal);
        Assert.Contains("$a \\ne 0$", text, StringComparison.Ordinal);
        Assert.All(alFolio.Posts, post => Assert.Contains("<math", post.Html, StringComparison.Ordinal));
        Assert.All(alFolio.Posts, post => Assert.Contains("costs $5 and $10", post.Html, StringComparison.Ordinal));
    }

    [Fact]
    public void Single_dollar_math_is_math_where_the_post_or_the_themes_includes_configure_mathjax_for_it()
    {
        const string Body = "When $a \\ne 0$, it costs $5 and $10.\n";
        const string Config = "<script type=\"text/x-mathjax-config\">\nMathJax.Hub.Config({\n  tex2jax: {inlineMath: [['$','$'], ['\\\\(','\\\\)']]}\n});\n</script>\n";
        _folder.Post("_posts/2016-08-09-deep-completion.md", "title: Own", Config + "\n" + Body);
        _folder.Post("_posts/2016-08-10-plain.md", "title: Plain", Body);

        var own = Build();
        _folder.Write("_includes/head.html", "<meta charset=\"utf-8\">\n" + Config.Replace("text/x-mathjax-config", "text/javascript", StringComparison.Ordinal));
        var theme = Build();

        Assert.Contains("<math", own.Posts.Single(p => p.Title == "Own").Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<math", own.Posts.Single(p => p.Title == "Plain").Html, StringComparison.Ordinal);
        Assert.All(theme.Posts, post => Assert.Contains("<math", post.Html, StringComparison.Ordinal));
        Assert.All(theme.Posts, post => Assert.Contains("costs $5 and $10", post.Html, StringComparison.Ordinal));
        Assert.Equal("_includes/head.html:2: note: configures MathJax to read $...$ as inline math: single-dollar math is math in every post",
            Assert.Single(theme.Diagnostics, d => d.Path.StartsWith("_includes", StringComparison.Ordinal)).ToString());
    }
}
