namespace Site.Content.Tests.Reading;

public sealed class ContainedPathTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_in_the_folder_is_found_at_its_full_path()
    {
        var full = _folder.Write("assets/img/x.png", "png");
        Assert.Equal(full, ContainedPath.Resolve(_folder.PostsPath, "assets/img/x.png"));
    }

    [Theory]
    [InlineData("../wwwroot/x.txt")]
    [InlineData("assets/../../wwwroot/x.txt")]
    [InlineData("assets/./x.png")]
    [InlineData("assets//x.png")]
    [InlineData("assets\\..\\..\\x.txt")]
    [InlineData("missing.png")]
    public void Dot_segments_and_missing_files_lead_nowhere(string relativePath)
    {
        _folder.Write("assets/x.png", "png");
        _folder.StaticFile("x.txt");
        Assert.Null(ContainedPath.Resolve(_folder.PostsPath, relativePath));
    }

    [Fact]
    public void A_link_that_leads_outside_leads_nowhere_whether_it_is_the_file_or_a_folder_on_the_way()
    {
        _folder.StaticFile("secret.txt");
        File.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "secret.txt"), Path.Combine(_folder.StaticPath, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "outside"), _folder.StaticPath);
        Directory.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "hop"), Path.Combine(_folder.PostsPath, "outside"));

        Assert.Null(ContainedPath.Resolve(_folder.PostsPath, "secret.txt"));
        Assert.Null(ContainedPath.Resolve(_folder.PostsPath, "outside/secret.txt"));
        Assert.Null(ContainedPath.Resolve(_folder.PostsPath, "hop/secret.txt"));
    }

    [Fact]
    public void A_link_that_stays_inside_is_followed()
    {
        _folder.Write("assets/img/x.png", "png");
        Directory.CreateSymbolicLink(Path.Combine(_folder.PostsPath, "images"), Path.Combine(_folder.PostsPath, "assets", "img"));

        Assert.Equal(Path.Combine(_folder.PostsPath, "images", "x.png"), ContainedPath.Resolve(_folder.PostsPath, "images/x.png"));
    }
}
