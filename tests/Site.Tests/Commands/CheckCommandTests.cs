namespace Site.Tests.Commands;

/// <summary>
/// <c>Site.dll check</c> run as an author or CI runs it, on fixture corpora with every kind of problem: the whole
/// output and the exit code.
/// </summary>
public sealed class CheckCommandTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static Task<(int ExitCode, string Output)> CheckAsync(params string[] arguments) =>
        SiteCommand.RunAsync(new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Development" }, Fixtures, ["check", .. arguments]);

    [Fact]
    public async Task Every_kind_of_problem_is_reported_with_file_line_column_and_reason_and_errors_exit_1()
    {
        var (exitCode, output) = await CheckAsync("--posts", "check-posts");

        Assert.Equal("""
            check-posts/2024-01-02-bad-yaml.md:4:1: error: invalid YAML in front matter: the reader stopped here (is a '[' or '{' left open?)
            check-posts/2024-01-03-no-front-matter.md:1: error: no front matter: the file must start with a line '---', then fields such as 'title: ...', then a line '---'
            check-posts/2024-01-04-no-title.md:2: warning: front matter has no title: 'No Title', made from the file name, is used
            check-posts/2024-01-05-unknown-layout.md:3:9: warning: unknown layout 'default': treated as 'post' (known: post, page)
            check-posts/2024-01-06-bad-range-and-date.md:3:8: warning: range 'sometime soon' ignored: expected '2022 - 2024', '2023' or '2021 - present'
            check-posts/2024-01-06-bad-range-and-date.md:4:7: warning: date 'yesterday' ignored: expected '2023-01-05' or '2023-01-05 10:30:00 +0100'
            check-posts/2024-01-07-typos.md:3:1: warning: unknown field 'catgory': did you mean 'category'?
            check-posts/2024-01-07-typos.md:4:1: warning: unknown field 'publised': did you mean 'published'?
            check-posts/2024-01-08-links.md:5:3: warning: broken internal link '/posts/no-such-post': no post, page or file there
            check-posts/2024-01-08-links.md:5:54: warning: broken internal link '/nowhere/at/all': no post, page or file there
            check-posts/2024-01-08-links.md:6:3: warning: missing local image '/assets/img/missing.png': no such file in wwwroot/ or the posts folder
            check-posts/2024-01-08-links.md:6:58: warning: link to unpublished post '/posts/a-draft': it answers 404 until that post is published
            check-posts/2024-01-08-links.md:7:25: warning: Liquid '{% include signup.html %}' names no file _includes/signup.html and shows as written
            check-posts/2024-01-10-liquid.md:5:30: warning: Liquid '{% gist 5555 %}' is a tag this site does not know and shows as written
            check-posts/2024-01-10-liquid.md:6:26: warning: Liquid '{{ page.title | shout }}' uses the filter 'shout', which this site does not know and shows as written
            check-posts/dup/2024-01-01-good.md: warning: slug 'good' is taken by 2024-01-01-good.md, which is earlier: this one is served at 'good-2024-01-01' (set 'slug' to choose another)
            8 posts, 0 pages, 2 errors, 14 warnings

            """, output);
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task A_jekyll_site_copied_in_warns_only_where_a_reader_would_meet_a_404()
    {
        var (exitCode, output) = await CheckAsync("--posts", "jekyll-site");

        Assert.Equal("""
            jekyll-site/_config.yml:1: note: settings of Jekyll's build, its themes and plugins are not used here: theme, plugins
            jekyll-site/_posts/2022-01-15-data-release.md:9:4: warning: broken internal link '/docs/reading-the-data/': no post, page or file there
            jekyll-site/assets/css/style.scss: note: a Jekyll page (it opens with front matter): not served, since it needs Jekyll's layouts; the site makes its own home page, listings, feeds and sitemap
            5 posts, 1 page, 0 errors, 1 warning, 2 notes

            """, output);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task A_theme_site_with_every_config_key_its_docs_write_its_home_page_readmes_and_excludes_warns_only_of_its_layout()
    {
        var (exitCode, output) = await CheckAsync("--posts", "jekyll-theme-site");

        Assert.Equal("""
            jekyll-theme-site/_config.yml:1: note: settings of Jekyll's build, its themes and plugins are not used here: remote_theme, keep_files, encoding, markdown, highlighter, lsi, incremental, collections, sass, paginate_path, plugins, whitelist, compress_html
            jekyll-theme-site/_config.yml:153:15: warning: unknown layout 'single': treated as 'post' (known: post, page)
            jekyll-theme-site/assets/README.md: note: no front matter, outside _posts/ and _drafts/: to Jekyll a file to copy (a README), not a post; not served
            jekyll-theme-site/index.md: note: the Jekyll site's home page (layout: home): not served, since it needs Jekyll's layouts; the site makes its own home page
            2 posts, 0 pages, 0 errors, 1 warning, 3 notes

            """, output);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Warnings_alone_exit_0_and_with_strict_exit_1()
    {
        const string expected = """
            check-warnings/2024-02-01-almost.md:3:1: warning: unknown field 'tag': did you mean 'tags'?
            1 post, 0 pages, 0 errors, 1 warning

            """;

        var (exitCode, output) = await CheckAsync("--posts", "check-warnings");
        Assert.Equal(expected, output);
        Assert.Equal(0, exitCode);

        var (strictExitCode, strictOutput) = await CheckAsync("--posts", "check-warnings", "--strict");
        Assert.Equal(expected, strictOutput);
        Assert.Equal(1, strictExitCode);
    }

    [Fact]
    public async Task A_TeX_error_is_a_warning_at_its_file_line_with_the_reason_and_good_math_says_nothing()
    {
        var (exitCode, output) = await CheckAsync("--posts", "math");

        Assert.Equal("""
            math/2024-06-02-a-typo-in-a-sum.md:8:1: warning: math '\sum_{i=1}^n i = \frac{n(n+1)}{2' could not be typeset: Unexpected end of input in a macro argument, expected '}' at end of input
            3 posts, 0 pages, 0 errors, 1 warning

            """, output);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task The_sample_posts_are_clean()
    {
        var (exitCode, output) = await CheckAsync("--posts", SiteFactory.SamplePostsPath, "--strict");

        Assert.EndsWith("5 posts, 1 page, 0 errors, 0 warnings\n", output);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Missing_folder_and_bad_arguments_are_said_plainly()
    {
        var (missingExit, missing) = await CheckAsync("--posts", "no-such-folder");
        Assert.Equal("no-such-folder: error: posts folder not found (Site:PostsPath)\n0 posts, 0 pages, 1 error, 0 warnings\n", missing);
        Assert.Equal(1, missingExit);

        var (usageExit, usage) = await CheckAsync("--fast");
        Assert.Equal("unknown argument '--fast'\nusage: Site check [--posts DIR] [--strict]\n", usage);
        Assert.Equal(2, usageExit);
    }

    [Fact]
    public async Task An_image_absolute_url_names_while_no_address_is_set_is_a_site_path_checked_as_one()
    {
        // minimal-jekyll-theme's figure include writes its src with absolute_url; the site's url is empty, as a theme's is.
        using var folder = new TempPostsFolder();
        folder.Write("_config.yml", "url: \"\"\n");
        folder.WriteBytes("assets/images/moon.png", TestImages.Of(40, 20));
        folder.Post("2024-01-01-figures.md", "title: Figures", """
            <img src="{{ '/assets/images/stars.jpg' | absolute_url }}" alt="Stars"> <img src="{{ '/assets/images/moon.png' | absolute_url }}" alt="Moon">

            Served at [{{ site.url }}/](/).
            """);

        var (exitCode, output) = await SiteCommand.RunAsync(new Dictionary<string, string?>(), folder.Root, "check", "--posts", "posts");

        Assert.Equal("""
            posts/2024-01-01-figures.md:4:11: warning: missing local image '/assets/images/stars.jpg': no such file in wwwroot/ or the posts folder
            1 post, 0 pages, 0 errors, 1 warning

            """, output);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Images_without_alt_text_and_large_files_sent_as_they_are_are_warned_with_file_and_line()
    {
        using var folder = new TempPostsFolder();
        folder.WriteBytes("assets/img/chart.png", TestImages.Of(800, 400));
        folder.WriteBytes("assets/img/scan.png", new byte[1_300_000]); // no image a decoder can read, sent as it is
        folder.Post("2024-01-01-figures.md", "title: Figures\nimage: assets/img/scan.png", """
            A chart: ![](assets/img/chart.png)

            <img src="assets/img/chart.png"> and <img src="assets/img/chart.png" alt="">

            ![A scan](assets/img/scan.png)
            """);

        var (exitCode, output) = await SiteCommand.RunAsync(new Dictionary<string, string?>(), folder.Root, "check", "--posts", "posts");

        Assert.Equal("""
            posts/2024-01-01-figures.md:3:8: warning: local image '/assets/img/scan.png' is 1.2 MB and is sent as it is: it cannot be decoded as an image
            posts/2024-01-01-figures.md:5:10: warning: image '/assets/img/chart.png' has no alt text: describe it between the brackets, ![like this](/assets/img/chart.png)
            posts/2024-01-01-figures.md:7:1: warning: image 'assets/img/chart.png' has no alt text: describe it in alt="..." (alt="" for a decoration)
            posts/2024-01-01-figures.md:9:1: warning: local image '/assets/img/scan.png' is 1.2 MB and is sent as it is: it cannot be decoded as an image
            1 post, 0 pages, 0 errors, 4 warnings

            """, output);
        Assert.Equal(0, exitCode);
    }
}
