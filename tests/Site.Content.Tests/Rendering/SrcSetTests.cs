namespace Site.Content.Tests.Rendering;

public sealed class SrcSetTests
{
    [Theory]
    [InlineData("a.png", new[] { "a.png" })]
    [InlineData("a.png 1x, b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData("  a.png   480w ,b.png 1080w  ", new[] { "a.png", "b.png" })]
    [InlineData("a.png,b.png 2x", new[] { "a.png,b.png" })]
    [InlineData("a.png, b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData("data:image/png;base64,AAA= 1x, b.png 2x", new[] { "data:image/png;base64,AAA=", "b.png" })]
    [InlineData("a.png (max-width: 3, 4) 1x, b.png", new[] { "a.png", "b.png" })]
    [InlineData("", new string[0])]
    [InlineData(" , ,", new string[0])]
    public void Candidates_are_read_as_the_html_standard_reads_them(string srcset, string[] urls) =>
        Assert.Equal(urls, SrcSet.Urls(srcset));

    [Fact]
    public void Rewriting_keeps_every_character_but_the_urls()
    {
        Assert.Equal(" /x/a.png  480w ,/x/b.png 1080w ", SrcSet.Rewrite(" a.png  480w ,b.png 1080w ", url => "/x/" + url));
    }
}
