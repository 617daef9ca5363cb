namespace Site.Content.Tests.Rendering;

/// <summary>The Markdown dialect: kramdown's, as Jekyll posts are written for it.</summary>
public sealed class MarkdownSyntaxTests
{
    private static string Html(string markdown) => BodyPipeline.Default.Render(markdown, new BodyContext(LinkResolver.WithoutPosts)).Html;

    [Theory]
    [InlineData("A kibibyte is 2^10 bytes, a mebibyte 2^20^ bytes.", "<p>A kibibyte is 2^10 bytes, a mebibyte 2^20^ bytes.</p>")]
    [InlineData("H~2~O and ~approximately~ 3", "<p>H~2~O and ~approximately~ 3</p>")]
    [InlineData("++inserted++ and ==marked==", "<p>++inserted++ and ==marked==</p>")]
    public void Carets_tildes_pluses_and_equals_in_prose_stay_as_written(string markdown, string html) =>
        Assert.Equal(html, Html(markdown).TrimEnd());

    [Fact]
    public void Double_tildes_still_strike_through() =>
        Assert.Equal("<p>It was <del>free</del> cheap.</p>", Html("It was ~~free~~ cheap.").TrimEnd());
}
