using System.Text;

namespace Site.Content.Tests.Reading;

public sealed class PostReaderTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly List<ContentDiagnostic> _diagnostics = [];

    public void Dispose() => _folder.Dispose();

    private PostReader Reader(long maxPostBytes = CatalogSource.DefaultMaxPostBytes) =>
        new(_folder.PostsPath, maxPostBytes, new FrontMatterParser(TimeZoneInfo.Utc, 2025));

    [Fact]
    public void Finds_markdown_files_in_subfolders_and_ignores_the_rest()
    {
        _folder.Post("b.md", "title: B");
        _folder.Post("a.markdown", "title: A");
        _folder.Post("2020/nested/c.MD", "title: C");
        _folder.Write("notes.txt", "not a post");
        _folder.Write("image.png", "png");
        _folder.Write("README", "readme");
        _folder.Post(".hidden.md", "title: Hidden");
        _folder.Post(".drafts/d.md", "title: Draft");

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Equal(["2020/nested/c.MD", "a.markdown", "b.md"], files);
        Assert.Empty(_diagnostics);
    }

    [Fact]
    public void Every_extension_of_jekylls_markdown_ext_is_a_post_and_one_the_configs_list_names_instead()
    {
        _folder.Post("_posts/2024-01-01-a.mkd", "title: A");
        _folder.Post("_posts/2024-01-02-b.mkdn", "title: B");
        _folder.Post("_posts/2024-01-03-c.mkdown", "title: C");
        _folder.Post("_posts/2024-01-04-d.txt", "title: D");
        _folder.Write("notes.txt", "plain notes");

        Assert.Equal(["_posts/2024-01-01-a.mkd", "_posts/2024-01-02-b.mkdn", "_posts/2024-01-03-c.mkdown"], Reader().FindFiles(_diagnostics).Posts);

        var custom = new PostReader(_folder.PostsPath, CatalogSource.DefaultMaxPostBytes, new FrontMatterParser(TimeZoneInfo.Utc, 2025), postFiles: PostFiles.Of("txt"))
            .FindFiles(_diagnostics);
        Assert.Equal(["_posts/2024-01-04-d.txt", "notes.txt"], custom.Posts);
        Assert.Empty(custom.Served);
    }

    [Fact]
    public void A_file_in_posts_without_a_date_in_its_name_is_no_post_as_in_jekyll_and_is_noted()
    {
        _folder.Post("_posts/undated.md", "title: Undated");
        _folder.Post("_posts/2020-1-5-unpadded.md", "title: Unpadded");
        _folder.Post("_drafts/an-idea.md", "title: Idea");
        _folder.Post("notes/undated.md", "title: A page or post of this site's own");

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Equal(["_drafts/an-idea.md", "_posts/2020-1-5-unpadded.md", "notes/undated.md"], files);
        Assert.Equal(["_posts/undated.md: note: not a post: Jekyll publishes only the files of _posts/ named by their date (2024-01-05-title.md), and so does this site; add the date to publish it"],
            _diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("index.md")]
    [InlineData("blog/index.markdown")]
    public void A_file_with_layout_home_is_the_jekyll_sites_home_page_not_a_post_and_is_noted(string path)
    {
        _folder.Post(path, "layout: home");

        Assert.Null(Reader().Read(path, _diagnostics));

        Assert.Equal([$"{path}: note: the Jekyll site's home page (layout: home): not served, since it needs Jekyll's layouts; the site makes its own home page"],
            _diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_post_in_posts_with_layout_home_is_a_post_all_the_same()
    {
        _folder.Post("_posts/2024-01-05-home.md", "title: Home again\nlayout: home");

        Assert.NotNull(Reader().Read("_posts/2024-01-05-home.md", _diagnostics));
    }

    [Fact]
    public void What_jekyll_excludes_by_default_or_by_the_configs_exclude_is_not_walked_for_posts()
    {
        _folder.Post("_posts/2024-01-01-a.md", "title: A");
        _folder.Write("vendor/bundle/ruby/gems/x/README.md", "# a gem's readme");
        _folder.Write("node_modules/pkg/README.md", "# a package's readme");
        _folder.Write("assets/js/plugins/README.md", "# a plugin's readme");
        _folder.Write("vendor/bundle/ruby/gems/x/logo.png", "png");

        var found = new PostReader(_folder.PostsPath, CatalogSource.DefaultMaxPostBytes, new FrontMatterParser(TimeZoneInfo.Utc, 2025),
            JekyllExcludes.With(["assets/js/plugins"])).FindFiles(_diagnostics);

        Assert.Equal(["_posts/2024-01-01-a.md"], found.Posts);
        Assert.Empty(found.Served);
        Assert.Empty(_diagnostics);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("assets/js/plugins/README.md")]
    public void A_markdown_file_without_front_matter_outside_posts_is_a_file_to_jekyll_and_is_noted(string path)
    {
        _folder.Write(path, "# Read me\n\nHow to build the site.\n");

        Assert.Null(Reader().Read(path, _diagnostics));

        Assert.Equal([$"{path}: note: no front matter, outside _posts/ and _drafts/: to Jekyll a file to copy (a README), not a post; not served"],
            _diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("_posts/2024-01-01-lost.md")]
    [InlineData("_posts/notes.md")]
    [InlineData("2024-01-01-lost.md")]
    public void A_post_without_front_matter_in_posts_or_named_by_its_date_is_still_an_error(string path)
    {
        _folder.Write(path, "Text with no front matter.\n");

        Assert.Null(Reader().Read(path, _diagnostics));

        Assert.Equal(Severity.Error, Assert.Single(_diagnostics).Severity);
    }

    [Fact]
    public void Reads_a_file_with_a_bom_and_crlf()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("---\r\ntitle: Données\r\n---\r\nBody\r\n")).ToArray();
        _folder.WriteBytes("bom.md", bytes);

        var source = Reader().Read("bom.md", _diagnostics);

        Assert.Empty(_diagnostics);
        Assert.NotNull(source);
        Assert.Equal("Données", source.FrontMatter.Title);
        Assert.Equal("Body\n", source.Text.Body);
        Assert.Equal(4, source.Text.BodyFirstLine);
        Assert.Equal("bom.md", source.FileName);
    }

    [Fact]
    public void A_file_in_a_subfolder_keeps_its_relative_path_and_file_name()
    {
        _folder.Post("2020/x.md", "title: X");
        var source = Reader().Read("2020/x.md", _diagnostics);
        Assert.NotNull(source);
        Assert.Equal("2020/x.md", source.RelativePath);
        Assert.Equal("x.md", source.FileName);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_an_error()
    {
        _folder.WriteBytes("latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Données\n---\nBody\n"));

        Assert.Null(Reader().Read("latin1.md", _diagnostics));

        var error = Assert.Single(_diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("latin1.md", error.Path);
        Assert.Contains("UTF-8", error.Message);
    }

    [Fact]
    public void A_file_larger_than_the_limit_is_an_error()
    {
        _folder.Post("big.md", "title: Big", new string('x', 2000));

        Assert.Null(Reader(maxPostBytes: 1000).Read("big.md", _diagnostics));

        var error = Assert.Single(_diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("limit", error.Message);
        Assert.NotNull(Reader(maxPostBytes: 10_000).Read("big.md", []));
    }

    [Fact]
    public void A_post_without_front_matter_is_an_error_at_line_1()
    {
        _folder.Write("2024-01-01-plain.md", "# Just Markdown\n");

        Assert.Null(Reader().Read("2024-01-01-plain.md", _diagnostics));

        var error = Assert.Single(_diagnostics);
        Assert.Equal("2024-01-01-plain.md:1: error: " + error.Message, error.ToString());
        Assert.Contains("front matter", error.Message);
    }

    [Fact]
    public void Yaml_errors_carry_the_file_line()
    {
        _folder.Write("bad.md", "---\ntitle: T\nlayout: [post\ndate: 2020-01-01\n---\nBody\n");
        Assert.Null(Reader().Read("bad.md", _diagnostics));
        var error = Assert.Single(_diagnostics);
        Assert.Equal("bad.md", error.Path);
        Assert.True(error.Line >= 3, error.ToString());
    }

    [Fact]
    public void A_symbolic_link_to_a_file_outside_is_reported_and_not_followed()
    {
        var outside = Path.Combine(_folder.Root, "secret.md");
        File.WriteAllText(outside, "---\ntitle: Secret\n---\nsecret\n");
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "link.md"), outside);
        _folder.Post("real.md", "title: Real");

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Equal(["real.md"], files);
        var error = Assert.Single(_diagnostics);
        Assert.Equal("link.md", error.Path);
        Assert.Contains("symbolic link", error.Message);
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_outside_is_reported_and_not_followed()
    {
        var outside = Path.Combine(_folder.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "x.md"), "---\ntitle: X\n---\n");
        Directory.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "linked"), outside);

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Empty(files);
        Assert.Equal("linked", Assert.Single(_diagnostics).Path);
    }

    [Fact]
    public void A_symbolic_link_inside_the_folder_is_followed()
    {
        var target = _folder.Post("real.md", "title: Real");
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "alias.md"), target);

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Equal(["alias.md", "real.md"], files);
        Assert.Empty(_diagnostics);
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_that_holds_it_is_reported_as_a_loop()
    {
        _folder.Post("a/b/post.md", "title: A");
        Link("a/b/back", "../../a");

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Equal(["a/b/post.md"], files);
        var error = Assert.Single(_diagnostics);
        Assert.Equal("a/b/back", error.Path);
        Assert.Equal("symbolic link loop: leads back to 'a', a folder that holds it: not followed", error.Message);
    }

    [Fact]
    public void A_loop_through_two_links_is_reported_as_a_loop()
    {
        _folder.Post("b/c/post.md", "title: C");
        Directory.CreateDirectory(Path.Combine(_folder.PostsPath, "a"));
        Link("a/l1", "../b");
        Link("b/c/back", "../../b");

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Equal(["b/c/post.md"], files);
        Assert.Equal(["a/l1", "b/c/back"], _diagnostics.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(_diagnostics, d => Assert.StartsWith("symbolic link loop: leads ", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbolic_link_to_the_posts_folder_itself_is_reported_as_a_loop()
    {
        _folder.Post("2024-01-05-fine.md", "title: Fine");
        Directory.CreateDirectory(Path.Combine(_folder.PostsPath, "assets"));
        Link("self", ".");
        Link("assets/up", "..");

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Equal(["2024-01-05-fine.md"], files);
        Assert.Equal(["assets/up", "self"], _diagnostics.Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(_diagnostics, d => Assert.Equal("symbolic link loop: leads back to '.', a folder that holds it: not followed", d.Message));
    }

    [Fact]
    public void A_link_is_followed_from_where_the_folder_holding_it_really_is()
    {
        // deep/er/s is x, so x's link ../../secret, read from x, leads out of the folder (written out from deep/er/s it would not).
        var secret = Path.Combine(_folder.Root, "secret");
        Directory.CreateDirectory(secret);
        File.WriteAllText(Path.Combine(secret, "leak.md"), "---\ntitle: Leak\n---\nsecret\n");
        Directory.CreateDirectory(Path.Combine(_folder.PostsPath, "deep", "er"));
        Directory.CreateDirectory(Path.Combine(_folder.PostsPath, "x"));
        Link("deep/er/s", "../../x");
        Link("x/l", "../../secret");

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Empty(files);
        Assert.Contains(_diagnostics, d => d.Path == "x/l" && d.Message == "symbolic link leads outside the posts folder: not followed");
        Assert.Contains(_diagnostics, d => d.Path == "deep/er/s" && d.Message.StartsWith("symbolic link loop: leads to 'x', a folder already read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_symbolic_link_into_what_the_site_keeps_to_itself_is_reported_and_not_followed()
    {
        _folder.Write("_config.yml", "title: Site\n");
        _folder.Post("_private/secret.md", "title: Secret");
        Directory.CreateDirectory(Path.Combine(_folder.PostsPath, "assets"));
        Link("assets/cfg.txt", "../_config.yml");
        Link("notes", "_private");

        var files = Reader().FindFiles(_diagnostics);

        Assert.Empty(files.Posts);
        Assert.Empty(files.Served);
        Assert.Equal(["assets/cfg.txt", "notes"], _diagnostics.Select(d => d.Path));
        Assert.Equal("symbolic link leads into '_config.yml', which the site keeps to itself: not followed", _diagnostics[0].Message);
    }

    [Fact]
    public void A_linked_file_is_served_only_when_it_may_be_where_it_really_is()
    {
        _folder.Write("_drafts/draft-photo.png", "png");
        _folder.Write("img/photo.png", "png");
        Directory.CreateDirectory(Path.Combine(_folder.PostsPath, "assets"));
        Link("assets/draft.png", "../_drafts/draft-photo.png");
        Link("assets/photo.png", "../img/photo.png");

        var files = Reader().FindFiles(_diagnostics);

        Assert.Equal(["assets/photo.png", "img/photo.png"], files.Served);
        Assert.Empty(_diagnostics);
    }

    [Fact]
    public void A_kubernetes_volume_mounted_as_the_posts_folder_is_read_through_its_links()
    {
        // What a ConfigMap or Secret mount holds: the files in ..<timestamp>/, ..data linked to it, each entry linked into ..data.
        _folder.Post("..2026_12_02_04_00_00.1/_posts/2024-01-01-k.md", "title: K");
        _folder.Write("..2026_12_02_04_00_00.1/assets/photo.png", "png");
        Link("..data", "..2026_12_02_04_00_00.1");
        Link("_posts", "..data/_posts");
        Link("assets", "..data/assets");

        var files = Reader().FindFiles(_diagnostics);

        Assert.Equal(["_posts/2024-01-01-k.md"], files.Posts);
        Assert.Equal(["assets/photo.png"], files.Served);
        Assert.Empty(_diagnostics);
    }

    /// <summary>A symbolic link with the text a shell's <c>ln -s</c> would write.</summary>
    private void Link(string relativePath, string text) => File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, relativePath), text);

    [Theory]
    [InlineData("loop")]
    [InlineData("loop.md")]
    public void A_symbolic_link_to_itself_is_reported_and_skipped(string name)
    {
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, name), name);
        _folder.Post("real.md", "title: Real");

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Equal(["real.md"], files);
        var error = Assert.Single(_diagnostics);
        Assert.Equal(name, error.Path);
        Assert.Equal("symbolic link loop: its links lead round to themselves: skipped", error.Message);
    }

    [Fact]
    public void Two_symbolic_links_to_each_other_are_reported_and_skipped()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "a.md"), "b.md");
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "b.md"), "a.md");

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Empty(files);
        Assert.Equal(["a.md", "b.md"], _diagnostics.Select(d => d.Path));
    }

    [Fact]
    public void A_symbolic_link_to_nothing_is_reported_and_skipped()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "gone.md"), "deleted.md");

        var files = Reader().FindFiles(_diagnostics).Posts;

        Assert.Empty(files);
        var error = Assert.Single(_diagnostics);
        Assert.Equal("gone.md", error.Path);
        Assert.Equal("symbolic link to nothing: skipped", error.Message);
    }

    [Fact]
    public void A_fifo_or_socket_named_like_a_post_is_reported_at_once_and_never_read()
    {
        Fifo(Path.Combine(_folder.PostsPath, "pipe.md"));
        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(Path.Combine(_folder.PostsPath, "socket.md")));
        var reader = Reader();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var read = reader.FindFiles(_diagnostics).Posts.Select(file => reader.Read(file, _diagnostics)).ToList();

        Assert.All(read, Assert.Null);
        Assert.Equal(["pipe.md", "socket.md"], _diagnostics.Select(d => d.Path));
        Assert.All(_diagnostics, d => Assert.Equal("not a regular file (a pipe, socket or device): skipped", d.Message));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_device_named_like_a_post_is_reported_and_never_read()
    {
        // A character device like /dev/zero seeks as a file does: only its type tells it apart. Making one needs root;
        // without, a pipe stands in (the same report, told apart by seeking).
        Special(Path.Combine(_folder.PostsPath, "2024-02-02-zero.md"));
        _folder.Post("real.md", "title: Real");
        var reader = Reader();

        var read = reader.FindFiles(_diagnostics).Posts.Select(file => reader.Read(file, _diagnostics)).OfType<PostSource>();

        Assert.Equal(["real.md"], read.Select(post => post.RelativePath));
        var error = Assert.Single(_diagnostics);
        Assert.Equal(("2024-02-02-zero.md", "not a regular file (a pipe, socket or device): skipped"), (error.Path, error.Message));
    }

    /// <summary>A device that reads as /dev/zero does where the tests may make one (as root), else a pipe.</summary>
    private static void Special(string path)
    {
        using var mknod = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mknod", [path, "c", "1", "5"]) { RedirectStandardError = true })!;
        mknod.WaitForExit();
        if (mknod.ExitCode != 0) Fifo(path);
    }

    [Fact]
    public void A_symbolic_link_outside_is_reported_whatever_its_name()
    {
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "favicon.ico"), "/etc/hostname");

        Assert.Empty(Reader().FindFiles(_diagnostics).Posts);
        Assert.Equal("favicon.ico", Assert.Single(_diagnostics).Path);
    }

    [Fact]
    public void A_fifo_named_like_an_image_is_reported_and_not_served()
    {
        _folder.Write("assets/img/photo.png", "png");
        Fifo(Path.Combine(_folder.PostsPath, "assets", "img", "pipe.png"));

        var found = Reader().FindFiles(_diagnostics);

        Assert.Equal(["assets/img/photo.png"], found.Served);
        var warning = Assert.Single(_diagnostics);
        Assert.Equal(("assets/img/pipe.png", Severity.Warning, "not a regular file (a pipe, socket or device): not served"), (warning.Path, warning.Severity, warning.Message));
    }

    [Fact]
    public void A_file_name_that_is_not_utf8_is_reported_and_skipped_wherever_it_is()
    {
        _folder.Post("_posts/2024-01-05-fine.md", "title: Fine");
        try
        {
            Shell("touch \"$1\"/$'bad\\xffname.md' \"$1\"/_posts/$'2024-02-02-caf\\xe9.md'");

            var files = Reader().FindFiles(_diagnostics);

            Assert.Equal(["_posts/2024-01-05-fine.md"], files.Posts);
            Assert.Equal(["_posts/2024-02-02-caf\uFFFD.md", "bad\uFFFDname.md"], _diagnostics.Select(d => d.Path).Order(StringComparer.Ordinal));
            Assert.All(_diagnostics, d => Assert.Equal((Severity.Error, "name is not UTF-8 (shown with \uFFFD where it is not): skipped; rename it"), (d.Severity, d.Message)));
        }
        finally
        {
            Shell("rm -f \"$1\"/bad*name.md \"$1\"/_posts/2024-02-02-caf*.md");
        }
    }

    [Fact]
    public void A_posts_folder_whose_first_name_is_not_utf8_is_not_judged_unreadable()
    {
        try
        {
            // The only name, so the first listed: it cannot be looked up by the name .NET reads, but the folder can be entered.
            Shell("touch \"$1\"/$'bad\\xffname.md'");

            Assert.Null(PostReader.FolderProblem(_folder.PostsPath));
        }
        finally
        {
            Shell("rm -f \"$1\"/bad*name.md");
        }
    }

    [Fact]
    public void Folders_nested_deeper_than_the_limit_are_reported_once_and_not_read()
    {
        _folder.Post("2024-01-05-fine.md", "title: Fine");
        var deep = Path.Combine(_folder.PostsPath, Path.Combine([.. Enumerable.Repeat("nestedfolder", PostReader.MaxFolderDepth + 8)]));
        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "2024-01-01-deep.md"), "---\ntitle: Deep\n---\n");

        var files = Reader().FindFiles(_diagnostics);

        Assert.Equal(["2024-01-05-fine.md"], files.Posts);
        var error = Assert.Single(_diagnostics);
        Assert.Equal(string.Join('/', Enumerable.Repeat("nestedfolder", PostReader.MaxFolderDepth + 1)), error.Path);
        Assert.Equal($"folder nested more than {PostReader.MaxFolderDepth} levels deep: not read", error.Message);
    }

    [Fact]
    public void A_path_longer_than_the_system_allows_is_reported_and_skipped()
    {
        _folder.Post("2024-01-05-fine.md", "title: Fine");
        var name = new string('n', 250);
        try
        {
            // 20 folders of 250 characters, well inside the depth limit: a path of 5,000 bytes, past the system's 4,096.
            Shell($"cd \"$1\" && for i in $(seq 20); do mkdir {name} && cd {name} || exit 1; done && printf -- '---\\ntitle: Long\\n---\\n' > 2024-01-01-long.md");

            var files = Reader().FindFiles(_diagnostics);

            Assert.Equal(["2024-01-05-fine.md"], files.Posts);
            var error = Assert.Single(_diagnostics);
            // Reported at the first folder whose path passes the limit: how deep that is depends on the posts folder's own path.
            Assert.Equal(Enumerable.Repeat(name, error.Path.Split('/').Length), error.Path.Split('/'));
            Assert.True(Encoding.UTF8.GetByteCount(Path.Combine(_folder.PostsPath, error.Path)) >= 4096, error.Path);
            Assert.Equal("path longer than the system allows (4,096 bytes): skipped", error.Message);
        }
        finally
        {
            Shell($"rm -rf \"$1\"/{name}");
        }
    }

    /// <summary>Runs a bash script with the posts folder as <c>$1</c>: names .NET cannot write (not UTF-8), paths it cannot reach (too long).</summary>
    private void Shell(string script)
    {
        using var bash = System.Diagnostics.Process.Start("bash", ["-c", script, "bash", _folder.PostsPath]);
        bash.WaitForExit();
        Assert.Equal(0, bash.ExitCode);
    }

    private static void Fifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public void The_walk_also_finds_the_files_served_as_they_are_and_the_Jekyll_pages()
    {
        _folder.Post("_posts/2023-01-01-a.md", "title: A");
        _folder.Write("_posts/photo.png", "png");
        _folder.Write("assets/img/x.png", "png");
        _folder.Write("2023/trip/index.md", "---\ntitle: Trip\n---\n");
        _folder.Write("2023/trip/photo.jpg", "jpg");
        _folder.Write("google123.html", "google-site-verification");
        _folder.Write("about.html", "---\nlayout: page\n---\n<p>About</p>");
        _folder.Write("_config.yml", "title: T");
        _folder.Write("_includes/note.html", "<aside/>");
        _folder.Write(".well-known/x.txt", "x");
        _folder.Write("Gemfile", "source 'https://rubygems.org'");

        var found = Reader().FindFiles(_diagnostics);

        Assert.Equal(["2023/trip/index.md", "_posts/2023-01-01-a.md"], found.Posts);
        Assert.Equal(["2023/trip/photo.jpg", "_posts/photo.png", "assets/img/x.png", "google123.html"], found.Served);
        Assert.Equal(["about.html"], found.JekyllPages);
        Assert.Empty(_diagnostics);
    }
}
