namespace Site.Content.Tests.Catalog;

/// <summary>The files of the posts folder, served as they are: what the catalog knows of them and reports.</summary>
public sealed class SiteFilesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private PostCatalog Build() => CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, _folder.Files, TimeZoneInfo.Utc), Now);

    private static ContentDiagnostic[] Warnings(PostCatalog catalog) => [.. catalog.Diagnostics.Where(d => d.Severity == Severity.Warning)];

    [Fact]
    public void Files_of_the_posts_folder_are_among_the_site_files_and_satisfy_the_link_check()
    {
        _folder.StaticFile("css/site.css");
        _folder.Write("assets/img/chart.png", "png");
        _folder.Write("2023/trip/photo.jpg", "jpg");
        _folder.Post("2023/trip/index.md", "title: Trip\nimage: photo.jpg", "![Chart](../../assets/img/chart.png) ![Photo](photo.jpg)\n");

        var catalog = Build();

        Assert.Equal(["/2023/trip/photo.jpg", "/assets/img/chart.png", "/css/site.css"], catalog.Routes.Addresses.Where(a => a.Route is null).Select(a => a.Path).Order(StringComparer.Ordinal));
        Assert.Empty(catalog.Diagnostics);
        var post = Assert.Single(catalog.Posts);
        Assert.Equal("/2023/trip/photo.jpg", post.Image);
        Assert.Contains("src=\"/2023/trip/photo.jpg\"", post.Html, StringComparison.Ordinal);
        Assert.Contains("src=\"/assets/img/chart.png\"", post.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_image_that_is_missing_is_a_warning_at_its_line()
    {
        _folder.Post("2023-01-01-a.md", "title: A\ndescription: D\nimage: /assets/img/gone.png");
        _folder.Post("2023-01-02-b.md", "title: B\nimage:\n  path: /assets/img/also-gone.png\n  alt: a chart");

        var warnings = Warnings(Build());

        Assert.Equal(
        [
            "2023-01-01-a.md:4:8: warning: missing local image '/assets/img/gone.png': no such file in wwwroot/ or the posts folder",
            "2023-01-02-b.md:4:9: warning: missing local image '/assets/img/also-gone.png': no such file in wwwroot/ or the posts folder",
        ], warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void A_file_the_site_serves_from_elsewhere_is_reported_and_not_listed_twice()
    {
        _folder.StaticFile("favicon.svg");
        _folder.Write("favicon.svg", "<svg/>");
        _folder.Write("robots.txt", "User-agent: *");
        _folder.Write("posts/cover.png", "png");
        _folder.Write("Archive/2023.png", "png");

        var catalog = Build();

        Assert.Equal(["/favicon.svg"], catalog.Routes.Addresses.Where(a => a.Route is null).Select(a => a.Path));
        Assert.Equal(
        [
            "Archive/2023.png: warning: not served: /Archive/2023.png is an address of the site's own (/archive/{period}); move the file",
            "favicon.svg: warning: not served: /favicon.svg is the site's own file, from wwwroot/",
            "posts/cover.png: warning: not served: /posts/cover.png is an address of the site's own (/posts/{slug}); move the file",
            "robots.txt: warning: not served: /robots.txt is an address of the site's own (/robots.txt); move the file",
        ], catalog.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_Jekyll_page_is_a_note_not_a_warning_and_is_not_served()
    {
        _folder.Write("index.html", "---\nlayout: home\n---\n");
        _folder.Write("feed.xml", "---\nlayout: null\n---\n{% for post in site.posts %}{% endfor %}");

        var catalog = Build();

        Assert.All(catalog.Diagnostics, d => Assert.Equal(Severity.Note, d.Severity));
        Assert.Equal(["feed.xml", "index.html"], catalog.Diagnostics.Select(d => d.Path));
        Assert.StartsWith("feed.xml: note: a Jekyll page (it opens with front matter): not served", catalog.Diagnostics[0].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(catalog.Routes.Addresses, a => a.Route is null);
    }

    [Fact]
    public void A_page_gives_way_to_a_file_at_the_top_of_the_posts_folder()
    {
        _folder.Write("keybase", "proof");
        _folder.Post("keybase.md", "title: K\nlayout: page");

        var catalog = Build();

        Assert.Empty(catalog.Pages);
        Assert.Contains(catalog.Diagnostics, d => d.Severity == Severity.Error && d.Message.StartsWith("page slug 'keybase' is a reserved route", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_a_posts_folder_file_in_another_case_is_a_warning_as_it_answers_404()
    {
        _folder.StaticFile("css/site.css");
        _folder.Write("assets/img/Chart.png", "png");
        _folder.Post("2023-01-01-a.md", "title: A", "![Chart](/assets/img/chart.png) [style](/CSS/site.css) ![Right](/assets/img/Chart.png)\n");

        var warning = Assert.Single(Warnings(Build()));

        Assert.Equal("missing local image '/assets/img/chart.png': no such file in wwwroot/ or the posts folder", warning.Message);
    }

    [Fact]
    public void Absolute_links_to_the_site_itself_are_site_paths_where_the_site_answers()
    {
        _folder.Write("_config.yml", "url: https://user.github.io\nbaseurl: /blog\n");
        _folder.Write("assets/img/chart.png", "png");
        _folder.Post("_posts/2023-01-01-a.md", "title: A",
            "![Chart]({{ site.url }}{{ site.baseurl }}/assets/img/chart.png)\n\n" +
            "![Gone](https://user.github.io/blog/assets/img/gone.png)\n\n" +
            "[Project](https://user.github.io/other-project/) [Home](https://user.github.io/blog/)\n\n" +
            "[B]({{ '/2023/01/02/b.html' | absolute_url }})\n");
        _folder.Post("_posts/2023-01-02-b.md", "title: B");

        var catalog = CatalogBuilder.Build(new CatalogSource(_folder.PostsPath, _folder.Files, TimeZoneInfo.Utc,
            Site: new Dictionary<string, object?> { ["url"] = "https://new.example", ["baseurl"] = "" }), Now);

        // Where this site has nothing, the old host may still: a GitHub Pages project site beside the user site.
        Assert.Empty(Warnings(catalog));
        var html = catalog.Posts.Single(p => p.Title == "A").Html;
        Assert.Contains("src=\"/assets/img/chart.png\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/posts/b\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://user.github.io/other-project/\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"https://user.github.io/blog/assets/img/gone.png\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Chirpys_media_subpath_is_where_a_posts_relative_media_paths_start()
    {
        _folder.Write("assets/img/trip/cover.png", "png");
        _folder.Write("assets/img/trip/map.png", "png");
        _folder.Write("assets/img/trip/clip.mp4", "mp4");
        _folder.Write("assets/img/shared/logo.png", "png");
        _folder.Write("assets/notes.pdf", "pdf");
        _folder.Post("_posts/2024-02-01-trip.md", "title: Trip\nmedia_subpath: /assets/img/trip\nimage:\n  path: cover.png\n  alt: The coast",
            "![Map](map.png) ![Logo](/assets/img/shared/logo.png) [Notes](assets/notes.pdf)\n\n<video src=\"clip.mp4\" poster=\"map.png\"></video>\n");
        _folder.Post("_posts/2019-01-01-old.md", "title: Old\nimg_path: /assets/img/trip/\nimage:\n  src: cover.png", "![Map](map.png)\n");

        var catalog = Build();

        Assert.Empty(catalog.Diagnostics);
        var trip = catalog.Posts.Single(p => p.Title == "Trip");
        Assert.Equal("/assets/img/trip/cover.png", trip.Image);
        foreach (var expected in new[] { "src=\"/assets/img/trip/map.png\"", "src=\"/assets/img/shared/logo.png\"", "href=\"/assets/notes.pdf\"", "src=\"/assets/img/trip/clip.mp4\"", "poster=\"/assets/img/trip/map.png\"" })
            Assert.Contains(expected, trip.Html, StringComparison.Ordinal);
        var old = catalog.Posts.Single(p => p.Title == "Old");
        Assert.Equal("/assets/img/trip/cover.png", old.Image);
        Assert.Contains("src=\"/assets/img/trip/map.png\"", old.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_media_subpath_with_another_scheme_is_reported_and_reaches_no_image()
    {
        _folder.Write("assets/img/cover.png", "png");
        _folder.Post("_posts/2024-07-14-trip.md", "title: Trip\nmedia_subpath: \"javascript:alert(14)//\"\nimage: /assets/img/cover.png",
            "![Map](map.png) <img src=\"route.png\" alt=\"Route\">\n");
        _folder.Post("_posts/2024-07-15-data.md", "title: Data\nimg_path: \"data:text/html,<script>alert(15)</script>\"\nimage: x15.png");

        var catalog = Build();

        Assert.All(catalog.Posts, post => Assert.DoesNotContain(":alert(", post.Image + post.Html, StringComparison.Ordinal));
        Assert.Equal("/x15.png", catalog.Posts.Single(p => p.Title == "Data").Image);
        Assert.Contains("src=\"/map.png\"", catalog.Posts.Single(p => p.Title == "Trip").Html, StringComparison.Ordinal);
        Assert.Contains(Warnings(catalog), w => (w.Path, w.Line) == ("_posts/2024-07-14-trip.md", 3) && w.Message.StartsWith("media_subpath 'javascript:alert(14)//' ignored", StringComparison.Ordinal));
        Assert.Contains(Warnings(catalog), w => (w.Path, w.Line) == ("_posts/2024-07-15-data.md", 3) && w.Message.StartsWith("img_path 'data:text/html,", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fifo_named_like_an_image_is_reported_and_links_to_it_are_to_a_missing_image()
    {
        Directory.CreateDirectory(Path.Combine(_folder.PostsPath, "assets", "img"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(_folder.PostsPath, "assets", "img", "pipe.png")]))
            mkfifo.WaitForExit();
        _folder.Post("2024-01-01-a.md", "title: A\nimage: /assets/img/pipe.png", "![Pipe](/assets/img/pipe.png)\n");

        var catalog = Build();

        Assert.DoesNotContain(catalog.Routes.Addresses, a => a.Path == "/assets/img/pipe.png");
        Assert.Equal(
            ["2024-01-01-a.md:3:8: warning: missing local image '/assets/img/pipe.png': no such file in wwwroot/ or the posts folder",
             "2024-01-01-a.md:5:1: warning: missing local image '/assets/img/pipe.png': no such file in wwwroot/ or the posts folder",
             "assets/img/pipe.png: warning: not a regular file (a pipe, socket or device): not served"],
            Warnings(catalog).Select(w => w.ToString()));
    }

    [Fact]
    public void An_image_kept_beside_its_post_in_posts_as_jekyll_postfiles_keeps_it_is_served_and_shown()
    {
        _folder.Write("_posts/2016-06-09-cats/cats.jpg", "jpg");
        _folder.Post("_posts/2016-06-09-cats/2016-06-09-cats.md", "title: Cats\nimage: cats.jpg", "![Cats](cats.jpg)\n");

        var catalog = Build();

        Assert.Empty(catalog.Diagnostics);
        var post = Assert.Single(catalog.Posts);
        Assert.Equal("/_posts/2016-06-09-cats/cats.jpg", post.Image);
        Assert.Contains("src=\"/_posts/2016-06-09-cats/cats.jpg\"", post.Html, StringComparison.Ordinal);
        Assert.NotNull(ServedFiles.FullPathOf(_folder.PostsPath, "_posts/2016-06-09-cats/cats.jpg"));
        Assert.Null(ServedFiles.FullPathOf(_folder.PostsPath, "_posts/2016-06-09-cats/2016-06-09-cats.md"));
    }

    [Fact]
    public void Other_files_kept_beside_a_post_in_posts_are_served_and_give_no_note()
    {
        _folder.Write("_posts/2016-06-09-talk/slides.pdf", "pdf");
        _folder.Post("_posts/2016-06-09-talk/2016-06-09-talk.md", "title: Talk", "[Slides](slides.pdf)\n");

        var catalog = Build();

        Assert.Empty(catalog.Diagnostics);
        Assert.Contains("href=\"/_posts/2016-06-09-talk/slides.pdf\"", Assert.Single(catalog.Posts).Html, StringComparison.Ordinal);
    }
}
