using System.Net;
using System.Net.Http.Headers;

namespace Site.Tests.Web;

/// <summary>Files of the posts folder are served at their paths, as they are on disk at each request.</summary>
public sealed class FolderFilesTests : IDisposable
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private readonly TempPostsFolder _folder = new();

    public FolderFilesTests()
    {
        _folder.Post("2023/trip/index.md", "title: The trip\ndate: 2023-05-01\nimage: photo.png", "![A view](photo.png)\n\n![Chart](/assets/img/chart.png)\n");
        _folder.WriteBytes("2023/trip/photo.png", Png);
        _folder.WriteBytes("assets/img/chart.png", Png);
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_post_kept_with_its_images_shows_them_and_the_images_answer_as_static_files_do()
    {
        await using var site = new SiteFactory(_folder.PostsPath);
        var client = site.CreateClient();

        var page = await client.GetDocumentAsync("/posts/index");
        Assert.Equal(["/2023/trip/photo.png", "/assets/img/chart.png"], page.QuerySelectorAll("article img").Select(img => img.GetAttribute("src")).Distinct());
        Assert.Equal("/2023/trip/photo.png", new Uri(page.Head!.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath);

        using var image = await client.GetAsync("/2023/trip/photo.png");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Png, await image.Content.ReadAsByteArrayAsync());
        Assert.True(image.Headers.CacheControl?.NoCache, image.Headers.CacheControl?.ToString());
        Assert.NotNull(image.Headers.ETag);
        Assert.NotNull(image.Content.Headers.LastModified);
        Assert.Equal("nosniff", image.Headers.GetValues("X-Content-Type-Options").Single());

        using var again = new HttpRequestMessage(HttpMethod.Get, "/2023/trip/photo.png");
        again.Headers.IfNoneMatch.Add(image.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_file_added_or_changed_while_the_site_runs_is_served_at_once()
    {
        await using var site = new SiteFactory(_folder.PostsPath);
        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/img/new.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/favicon.png")).StatusCode);

        _folder.WriteBytes("assets/img/new.png", Png);
        _folder.WriteBytes("favicon.png", Png);
        _folder.Write("assets/img/chart.png", "changed");

        Assert.Equal(Png, await client.GetByteArrayAsync("/assets/img/new.png"));
        Assert.Equal(Png, await client.GetByteArrayAsync("/favicon.png"));
        Assert.Equal("changed", await client.GetStringAsync("/assets/img/chart.png"));
    }

    [Theory]
    [InlineData("_config.yml", "title: T")]
    [InlineData("_includes/figure.html", "<figure></figure>")]
    [InlineData("_drafts/idea.md", "---\ntitle: Idea\n---\n")]
    [InlineData("_drafts/idea.png", "png")]
    [InlineData(".env", "SECRET=1")]
    [InlineData("assets/.hidden/x.png", "png")]
    [InlineData("Gemfile", "gem 'jekyll'")]
    [InlineData("2023/trip/index.md", null)]
    [InlineData("about.html", "---\nlayout: page\n---\n{{ site.title }}")]
    public async Task What_Jekyll_keeps_to_itself_posts_sources_and_Jekyll_pages_are_never_served(string relativePath, string? text)
    {
        if (text is not null) _folder.Write(relativePath, text);
        await using var site = new SiteFactory(_folder.PostsPath);

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/" + relativePath)).StatusCode);
    }

    [Fact]
    public async Task A_link_out_of_the_posts_folder_is_not_followed_but_one_inside_is()
    {
        _folder.StaticFile("outside.txt");
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "assets", "outside.txt"), Path.Combine(_folder.StaticPath, "outside.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "images"), Path.Combine(_folder.PostsPath, "assets", "img"));
        await using var site = new SiteFactory(_folder.PostsPath);
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/outside.txt")).StatusCode);
        Assert.Equal(Png, await client.GetByteArrayAsync("/images/chart.png"));
    }

    [Fact]
    public async Task A_link_inside_the_posts_folder_serves_nothing_its_target_could_not_serve()
    {
        _folder.Write("_config.yml", "title: T\n");
        _folder.WriteBytes("_drafts/idea.png", Png);
        _folder.Post("2023/trip/notes.md", "title: Notes");
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "assets", "cfg.txt"), "../_config.yml");
        Directory.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "assets", "d"), "../_drafts");
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "assets", "notes.txt"), "../2023/trip/notes.md");
        await using var site = new SiteFactory(_folder.PostsPath);
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/cfg.txt")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/d/idea.png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/notes.txt")).StatusCode);
        Assert.Equal(Png, await client.GetByteArrayAsync("/assets/img/chart.png"));
    }

    [Fact]
    public async Task A_device_or_pipe_with_a_file_name_is_not_served()
    {
        // A character device like /dev/zero seeks as a file does; making one needs root, without which a pipe stands in.
        var zero = Path.Combine(_folder.PostsPath, "zero.png");
        using (var mknod = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("mknod", [zero, "c", "1", "5"]) { RedirectStandardError = true })!)
        {
            mknod.WaitForExit();
            if (mknod.ExitCode != 0) System.Diagnostics.Process.Start("mkfifo", [zero]).WaitForExit();
        }
        await using var site = new SiteFactory(_folder.PostsPath);

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/zero.png")).StatusCode);
    }

    [Fact]
    public async Task The_site_own_addresses_and_files_win_over_the_posts_folder()
    {
        _folder.Write("robots.txt", "User-agent: *\nDisallow: /\n");
        _folder.Write("css/site.css", "/* from the posts folder */");
        _folder.Write("posts/index", "not the post");
        await using var site = new SiteFactory(_folder.PostsPath);
        var client = site.CreateClient();

        Assert.DoesNotContain("Disallow: /\n", await client.GetStringAsync("/robots.txt"), StringComparison.Ordinal);
        Assert.DoesNotContain("from the posts folder", await client.GetStringAsync("/css/site.css"), StringComparison.Ordinal);
        Assert.Contains("The trip", await client.GetStringAsync("/posts/index"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_range_request_gets_part_of_the_file_as_from_wwwroot()
    {
        await using var site = new SiteFactory(_folder.PostsPath);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/img/chart.png") { Headers = { Range = new RangeHeaderValue(0, 3) } };

        using var response = await site.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(Png[..4], await response.Content.ReadAsByteArrayAsync());
    }
}
