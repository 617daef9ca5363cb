using System.Globalization;
using System.Text;

namespace Site.Content.Tests.Catalog;

/// <summary>
/// Posts written to break the site: each is reported with its file and skipped, and the good post beside it is still
/// served. Big inputs are generated here, into a temporary folder, never committed.
/// </summary>
public sealed class HostilePostTests : HostilePostsFolder
{
    [Fact]
    public void A_50_MB_post_is_skipped_by_its_size_without_being_read()
    {
        using (var file = File.Create(Path.Combine(Folder.PostsPath, "2024-02-02-huge.md")))
        {
            file.Write("---\ntitle: Huge\n---\n"u8);
            var line = Encoding.UTF8.GetBytes(new string('x', 1023) + "\n");
            for (var i = 0; i < 50 * 1024; i++) file.Write(line);
        }

        var error = SkippedAndTheRestServed(Build(), "2024-02-02-huge.md");

        Assert.Contains("more than the limit of 5,242,880", error.Message);
        Assert.Equal(SourceSetting.MaxPostBytes, error.Setting);
    }

    [Fact]
    public void A_billion_laughs_front_matter_is_skipped()
    {
        var yaml = new StringBuilder("title: Laughs\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 9; level++)
            yaml.Append(CultureInfo.InvariantCulture, $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]\n");
        yaml.Append("bomb: *a8");
        Folder.Post("2024-02-02-laughs.md", yaml.ToString());

        var error = SkippedAndTheRestServed(Build(), "2024-02-02-laughs.md");

        Assert.Contains("expands to more than", error.Message);
    }

    [Fact]
    public void A_symbolic_link_to_a_file_outside_is_skipped_and_its_content_never_served()
    {
        var outside = Path.Combine(Folder.Root, "secret.md");
        File.WriteAllText(outside, "---\ntitle: Secret\n---\nSENTINEL-OUTSIDE-THE-POSTS-FOLDER\n");
        File.CreateSymbolicLink(Path.Combine(Folder.PostsPath, "2024-02-02-secret.md"), outside);

        var catalog = Build();

        Assert.Contains("symbolic link leads outside", SkippedAndTheRestServed(catalog, "2024-02-02-secret.md").Message);
        Assert.DoesNotContain(catalog.Posts, post => post.Html.Contains("SENTINEL"));
    }

    [Fact]
    public void A_symbolic_link_to_a_folder_outside_is_skipped_and_nothing_in_it_served()
    {
        var outside = Directory.CreateDirectory(Path.Combine(Folder.Root, "elsewhere")).FullName;
        File.WriteAllText(Path.Combine(outside, "2024-02-02-secret.md"), "---\ntitle: Secret\n---\nSENTINEL\n");
        Directory.CreateSymbolicLink(Path.Combine(Folder.PostsPath, "linked"), outside);

        var catalog = Build();

        Assert.Contains("symbolic link leads outside", SkippedAndTheRestServed(catalog, "linked").Message);
        Assert.Null(catalog.FindPost("secret"));
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_skipped()
    {
        Folder.WriteBytes("2024-02-02-latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Données\n---\nCafé\n"));

        Assert.Contains("not UTF-8", SkippedAndTheRestServed(Build(), "2024-02-02-latin1.md").Message);
    }

    [Fact]
    public void A_front_matter_that_is_a_list_is_skipped()
    {
        Folder.Post("2024-02-02-list.md", "- title: List\n- range: 2023");

        Assert.Contains("must be a mapping", SkippedAndTheRestServed(Build(), "2024-02-02-list.md").Message);
    }

    [Fact]
    public void A_post_that_takes_longer_than_the_parse_limit_is_skipped()
    {
        // Markdig reads 6,000 nested link brackets in quadratic time: most of a second, ten times the limit set here.
        Folder.Post("2024-02-02-slow.md", "title: Slow", new string('[', 6_000) + "x" + string.Concat(Enumerable.Repeat("](/a)", 6_000)) + "\n");

        var catalog = Build(maxParseMilliseconds: 50);

        var error = Assert.Single(catalog.Diagnostics, d => d.Path == "2024-02-02-slow.md");
        Assert.Equal("took longer than 50 ms to read and render", error.Message);
        Assert.Equal(SourceSetting.MaxParseMilliseconds, error.Setting);
        Assert.Null(catalog.FindPost("slow"));
    }

    [Fact]
    public void Every_hostile_post_at_once_is_reported_and_the_good_one_served()
    {
        Folder.Post("a-blockquotes.md", "title: Quotes", new string('>', 10_000) + " deep\n");
        Folder.Post("b-list.md", "- title: List");
        Folder.WriteBytes("c-latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Données\n---\n"));
        Folder.Write("d-big.md", "---\ntitle: Big\n---\n" + new string('x', (int)CatalogSource.DefaultMaxPostBytes));
        File.CreateSymbolicLink(Path.Combine(Folder.PostsPath, "e-link.md"), "/etc/hostname");

        var catalog = Build();

        Assert.Equal(["Good"], catalog.Posts.Select(post => post.Title));
        Assert.Equal(["a-blockquotes.md", "b-list.md", "c-latin1.md", "d-big.md", "e-link.md"],
            catalog.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Path));
    }

    [Fact]
    public void Loops_dangling_links_and_special_files_anywhere_are_reported_and_the_site_still_builds()
    {
        File.CreateSymbolicLink(Path.Combine(Folder.PostsPath, "loop"), "loop");
        Directory.CreateDirectory(Path.Combine(Folder.PostsPath, "deep", "er"));
        File.CreateSymbolicLink(Path.Combine(Folder.PostsPath, "deep", "er", "x.md"), "../x.md");
        File.CreateSymbolicLink(Path.Combine(Folder.PostsPath, "deep", "x.md"), "er/x.md");
        File.CreateSymbolicLink(Path.Combine(Folder.PostsPath, "gone.md"), "nowhere.md");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(Folder.PostsPath, "pipe.md")])) mkfifo.WaitForExit();

        var catalog = Build();

        Assert.Equal(["Good"], catalog.Posts.Select(post => post.Title));
        Assert.Equal(["deep/er/x.md", "deep/x.md", "gone.md", "loop", "pipe.md"],
            catalog.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Path));
    }
}
