namespace Site.Content.Tests.Catalog;

/// <summary>
/// HTML posts of <c>_posts/</c> and <c>_drafts/</c>, as jekyll-import writes a WordPress or Blogger site's posts: Jekyll
/// publishes them, their Liquid run and their HTML kept as written.
/// </summary>
public sealed class HtmlPostTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private PostCatalog Build(bool includeDrafts = false) =>
        CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc, IncludeDrafts: includeDrafts), Now);

    [Theory]
    [InlineData("_posts/2015-03-14-pi-day.html")]
    [InlineData("_posts/2015-03-14-pi-day.HTM")]
    [InlineData("blog/_posts/2015-03-14-pi-day.html")]
    public void An_html_post_is_published_as_a_markdown_post_is_by_its_name_date_and_front_matter(string path)
    {
        _folder.Write("_config.yml", "permalink: /:categories/:year/:month/:day/:title:output_ext\n");
        _folder.Post(path, "layout: post\ntitle: Pi day\ncategories:\n- Maths\ntags: [pie]\nredirect_from: /pi/", "<p>Baked a pie.</p>\n");

        var catalog = Build();

        var post = Assert.Single(catalog.Posts);
        Assert.Equal(("/posts/pi-day", "Pi day", new DateTimeOffset(2015, 3, 14, 0, 0, 0, TimeSpan.Zero)), (post.Url, post.Title, post.Date!.Value));
        Assert.Contains("maths", post.Categories.Select(category => category.Slug));
        Assert.Contains("/pi", post.OldUrls);
        Assert.Contains(path.StartsWith("blog/", StringComparison.Ordinal) ? "/blog/maths/2015/03/14/pi-day.html" : "/maths/2015/03/14/pi-day.html", post.OldUrls);
        Assert.Equal("<p>Baked a pie.</p>\n", post.Html);
        Assert.Empty(catalog.Diagnostics);
    }

    [Fact]
    public void Its_html_is_kept_as_written_not_read_as_markdown_and_without_typography()
    {
        const string body = """
            <p>Some *stars*, "quotes" -- and a_b_c.</p>

                <p>An indented line, after a blank one.</p>

            <pre>
            first line

                indented code
            </pre>
            # not a heading

            """;
        _folder.Post("_posts/2015-03-14-raw.html", "title: Raw", body);

        var post = Assert.Single(Build().Posts);

        Assert.Equal(body, post.Html);
    }

    [Fact]
    public void Its_liquid_runs_first()
    {
        _folder.Post("_posts/2015-01-01-first.md", "title: First");
        _folder.Post("_posts/2015-03-14-liquid.html", "title: Liquid", "<p>{{ page.title | upcase }}, after <a href=\"{% post_url 2015-01-01-first %}\">the first</a>.</p>\n");

        var post = Build().FindPost("liquid")!;

        Assert.Equal("<p>LIQUID, after <a href=\"/posts/first\">the first</a>.</p>\n", post.Html);
    }

    [Fact]
    public void Its_paths_resolve_as_a_markdown_posts_raw_html_does_and_other_posts_link_to_it_by_file()
    {
        _folder.Post("_posts/2015-03-14-photos.html", "title: Photos", """
            <p><img src="wp-content/uploads/2015/03/pie.jpg" srcset="wp-content/uploads/2015/03/pie-300.jpg 300w, ../wp-content/uploads/2015/03/pie.jpg 1024w" alt="A pie" /></p>
            <p><a href="https://example.org/recipe">The recipe</a>, <a href="2015-01-01-first.md">the first post</a>.</p>

            """);
        _folder.Post("_posts/2015-01-01-first.md", "title: First", "Then [the photos](2015-03-14-photos.html) and [again]({% post_url 2015-03-14-photos %}), [its link]({% link _posts/2015-03-14-photos.html %}).\n");

        var catalog = Build();

        var photos = catalog.FindPost("photos")!;
        Assert.Contains("<img src=\"/wp-content/uploads/2015/03/pie.jpg\" srcset=\"/wp-content/uploads/2015/03/pie-300.jpg 300w, /wp-content/uploads/2015/03/pie.jpg 1024w\" alt=\"A pie\" />", photos.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/recipe\" rel=\"noopener\">The recipe</a>, <a href=\"/posts/first\">the first post</a>", photos.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/posts/photos\">the photos</a> and <a href=\"/posts/photos\">again</a>, <a href=\"/posts/photos\">its link</a>", catalog.FindPost("first")!.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_of_liquids_highlight_tag_is_coloured_as_in_a_markdown_post()
    {
        _folder.Post("_posts/2015-03-14-code.html", "title: Code", "<p>Run:</p>\n{% highlight ruby linenos %}\nputs \"<hi>\"\n{% endhighlight %}\n");
        _folder.Post("_posts/2015-03-14-code-md.md", "title: Code md", "Run:\n\n{% highlight ruby linenos %}\nputs \"<hi>\"\n{% endhighlight %}\n");

        var catalog = Build();

        var html = catalog.FindPost("code")!.Html;
        var markdown = catalog.FindPost("code-md")!.Html;
        Assert.StartsWith("<p>Run:</p>\n<pre class=\"highlight\"><code class=\"language-ruby\" data-linenos=\"\" tabindex=\"0\"><span class=\"line\">", html, StringComparison.Ordinal);
        Assert.Equal(markdown[markdown.IndexOf("<pre", StringComparison.Ordinal)..], html[html.IndexOf("<pre", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Raw_html_that_takes_over_the_page_is_reported_as_in_a_markdown_post()
    {
        _folder.Post("_posts/2015-03-14-hazard.html", "title: Hazard", "<p>Text.</p>\n<img src=\"/x.png\">\n<script>\nvar open = true;\n");

        var catalog = Build();

        Assert.Single(catalog.Posts);
        Assert.Equal([
            "_posts/2015-03-14-hazard.html:5:1: warning: image '/x.png' has no alt text: describe it in alt=\"...\" (alt=\"\" for a decoration)",
            "_posts/2015-03-14-hazard.html:6:1: warning: raw HTML <script> is never closed: it swallows the rest of the page, footer included",
        ], catalog.Diagnostics.Where(d => d.Severity == Severity.Warning && !d.Message.StartsWith("broken", StringComparison.Ordinal)).Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("<p>Before the fold, <em>in part</em>.</p>\n<!--more-->\n<p>After it.</p>\n", "", "Before the fold, in part.")]
    [InlineData("<!-- wp:paragraph -->\n<p>First &amp; <strong>best</strong>.</p>\n<p>Second.</p>\n", "", "First & best.")]
    [InlineData("<script>\nvar a = 1;\n\nvar b = 2;\n</script>\nWordPress text without tags,\nover two lines.\n\nAnother paragraph.\n", "", "WordPress text without tags, over two lines.")]
    [InlineData("Jekyll's own first paragraph,\n<em>two lines</em>.\n\nThe second.\n", "excerpt_separator: \"\\n\\n\"\n", "Jekyll's own first paragraph, two lines.")]
    public void Its_summary_is_the_text_before_the_excerpt_separator_or_of_its_first_paragraph(string body, string config, string summary)
    {
        _folder.Write("_config.yml", "title: T\n" + config);
        _folder.Post("_posts/2015-03-14-summary.html", "title: Summary", body);

        Assert.Equal(summary, Assert.Single(Build().Posts).Summary);
    }

    [Fact]
    public void Its_reading_time_counts_the_words_of_its_text()
    {
        _folder.Post("_posts/2015-03-14-long.html", "title: Long", "<p>" + string.Join(" ", Enumerable.Repeat("<b>word</b>", 500)) + "</p>\n");

        Assert.Equal(3, Assert.Single(Build().Posts).ReadingMinutes);
    }

    [Fact]
    public void An_html_draft_follows_the_draft_rules()
    {
        var file = _folder.Post("_drafts/an-idea.html", "title: An idea", "<p>Later.</p>\n");
        File.SetLastWriteTimeUtc(file, new DateTime(2024, 3, 4, 5, 6, 7, DateTimeKind.Utc));

        Assert.Empty(Build().Posts);
        var draft = Build(includeDrafts: true).FindPost("an-idea")!;
        Assert.True(draft.IsDraft);
        Assert.Equal("<p>Later.</p>\n", draft.Html);
    }

    [Fact]
    public void An_html_file_of_posts_without_front_matter_or_a_date_is_reported_as_a_markdown_one_is()
    {
        _folder.Write("_posts/2015-03-14-lost.html", "<p>No front matter.</p>\n");
        _folder.Post("_posts/undated.html", "title: Undated");

        var catalog = Build();

        Assert.Empty(catalog.Posts);
        Assert.Equal([
            "_posts/2015-03-14-lost.html:1: error: no front matter: the file must start with a line '---', then fields such as 'title: ...', then a line '---'",
            "_posts/undated.html: note: not a post: Jekyll publishes only the files of _posts/ named by their date (2024-01-05-title.md), and so does this site; add the date to publish it",
        ], catalog.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Html_outside_posts_and_drafts_stays_a_served_file_or_a_jekyll_page()
    {
        _folder.Write("2015-03-14-static.html", "<p>A file.</p>\n");
        _folder.Post("about.html", "title: About\nlayout: page");

        var found = new PostReader(_folder.PostsPath, CatalogSource.DefaultMaxPostBytes, new FrontMatterParser(TimeZoneInfo.Utc, 2025)).FindFiles([]);

        Assert.Empty(found.Posts);
        Assert.Equal(["2015-03-14-static.html"], found.Served);
        Assert.Equal(["about.html"], found.JekyllPages);
    }

    [Fact]
    public void Another_file_of_posts_or_drafts_is_noted_as_not_published_and_an_image_is_not()
    {
        _folder.Post("_posts/2015-03-14-textile.textile", "title: Textile");
        _folder.Write("_drafts/notes.txt", "notes");
        _folder.Write("_posts/2015-03-14-pie.jpg", "jpg");

        var catalog = Build();

        Assert.Empty(catalog.Posts);
        Assert.Equal([
            "_drafts/notes.txt: note: not published: a '.txt' post needs a converter plugin in Jekyll, which this site has not; of _posts/ and _drafts/ only Markdown (.markdown, .mkdown, .mkdn, .mkd, .md, as markdown_ext says) and HTML files are posts",
            "_posts/2015-03-14-textile.textile: note: not published: a '.textile' post needs a converter plugin in Jekyll, which this site has not; of _posts/ and _drafts/ only Markdown (.markdown, .mkdown, .mkdn, .mkd, .md, as markdown_ext says) and HTML files are posts",
        ], catalog.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void An_html_file_is_markdown_where_markdown_ext_names_html()
    {
        _folder.Write("_config.yml", "markdown_ext: md,html\n");
        _folder.Post("_posts/2015-03-14-md.html", "title: Markdown", "Some *stars*.\n");

        Assert.Equal("<p>Some <em>stars</em>.</p>\n", Assert.Single(Build().Posts).Html);
    }

    [Fact]
    public void Many_empty_paragraphs_before_the_first_with_text_cost_one_reading_of_the_body()
    {
        var html = string.Concat(Enumerable.Repeat("<br>\n\n", 200_000)) + "<p>The text.</p>";

        Assert.Equal("The text.", BodyText.FirstHtmlParagraph(html));
    }
}
