namespace Site.Tests.Web;

/// <summary>Everything from front matter is shown as text: a title or category with markup never becomes markup.</summary>
public sealed class EncodingTests(FixtureSite site) : IClassFixture<FixtureSite>
{
    private readonly HttpClient _client = site.CreateClient();

    private const string Title = "<script>alert('title')</script> & friends";

    [Theory]
    [InlineData("/")]
    [InlineData("/posts/encoding")]
    [InlineData("/categories/b-tricky-b-co")]
    [InlineData("/archive/2022")]
    public async Task Front_matter_markup_is_encoded_everywhere(string url)
    {
        var raw = await _client.GetStringAsync(url);
        var page = Html.Parse(raw);

        Assert.Empty(page.QuerySelectorAll("main script, main b, main i"));
        Assert.Contains(Title, page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("<script>alert", raw);
    }

    [Fact]
    public async Task Post_title_category_tag_and_description_are_text_in_the_page_and_head()
    {
        var page = await _client.GetDocumentAsync("/posts/encoding");

        Assert.Equal(Title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal("<b>Tricky</b> & Co", page.QuerySelector("a.category")!.TextContent);
        Assert.Equal("#<i>tag</i>", page.QuerySelector(".tags li")!.TextContent);
        Assert.Equal("A summary with markup & an ampersand", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.StartsWith(Title, page.Title);
    }
}
