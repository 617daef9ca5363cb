namespace Site.Content.Tests.Reading;

public sealed class ServedFilesTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("assets/img/x.png")]
    [InlineData("favicon.ico")]
    [InlineData("2023/trip/photo.jpg")]
    [InlineData("files/paper.pdf")]
    [InlineData("CNAME")]
    [InlineData("_posts/photo.png")]
    [InlineData("_posts/2016-06-09-cats/cats.JPG")]
    [InlineData("news/_posts/chart.svg")]
    public void Files_beside_the_posts_are_served(string relativePath)
    {
        Assert.True(ServedFiles.IsServedName(relativePath));
    }

    [Theory]
    [InlineData("_config.yml")]
    [InlineData("_includes/figure.html")]
    [InlineData("_drafts/photo.png")]
    [InlineData("_posts/notes.txt")]
    [InlineData("_posts/_private/photo.png")]
    [InlineData("_includes/_posts/photo.png")]
    [InlineData("_site/index.html")]
    [InlineData(".git/config")]
    [InlineData(".env")]
    [InlineData("assets/.secret")]
    [InlineData("assets/_private/x.png")]
    [InlineData("Gemfile")]
    [InlineData("Gemfile.lock")]
    [InlineData("node_modules/x/index.js")]
    [InlineData("vendor/bundle/x.rb")]
    [InlineData("2023-01-01-post.md")]
    [InlineData("about.markdown")]
    public void What_Jekyll_keeps_to_itself_and_the_posts_are_not(string relativePath)
    {
        Assert.False(ServedFiles.IsServedName(relativePath));
    }

    [Fact]
    public void A_markdown_file_is_not_served_by_the_configs_markdown_ext()
    {
        Assert.False(ServedFiles.IsServedName("notes.mkd"));
        Assert.True(ServedFiles.IsServedName("notes.txt"));
        Assert.False(ServedFiles.IsServedName("notes.txt", postFiles: PostFiles.Of("txt")));
        Assert.True(ServedFiles.IsServedName("notes.md", postFiles: PostFiles.Of("txt")));
    }

    [Fact]
    public void What_the_configs_exclude_names_is_not_served_and_what_jekyll_copies_from_vendor_is()
    {
        Assert.False(ServedFiles.IsServedName("assets/js/plugins/jquery.js", JekyllExcludes.With(["assets/js/plugins"])));
        Assert.True(ServedFiles.IsServedName("vendor/js/lib.js"));
    }

    [Theory]
    [InlineData("index.html", "---\nlayout: home\n---\n")]
    [InlineData("feed.xml", "---   \r\nlayout: null\n---\n<feed/>")]
    [InlineData("assets/css/style.scss", "---\n---\n@import \"main\";")]
    [InlineData("search.json", "\uFEFF---\n---\n[]")]
    public void A_text_file_that_opens_with_front_matter_is_a_Jekyll_page(string relativePath, string text)
    {
        Assert.True(ServedFiles.IsJekyllPage(_folder.Write(relativePath, text)));
    }

    [Theory]
    [InlineData("google123.html", "google-site-verification: google123.html")]
    [InlineData("notes.txt", "---- a rule, not front matter\n")]
    [InlineData("table.csv", "a,b\n---,---\n")]
    [InlineData("empty.html", "")]
    [InlineData("photo.png", "---\nnot text, whatever the bytes\n")]
    public void Other_files_are_not_pages(string relativePath, string text)
    {
        Assert.False(ServedFiles.IsJekyllPage(_folder.Write(relativePath, text)));
    }
}
