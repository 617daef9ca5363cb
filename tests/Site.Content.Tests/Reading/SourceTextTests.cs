
namespace Site.Content.Tests.Reading;

public class SourceTextTests
{
    [Fact]
    public void Splits_front_matter_from_body()
    {
        var source = SourceText.TrySplit("---\ntitle: Hi\nlayout: post\n---\nFirst line\nSecond\n");

        Assert.NotNull(source);
        Assert.Equal("title: Hi\nlayout: post", source.FrontMatterYaml);
        Assert.Equal("First line\nSecond\n", source.Body);
        Assert.Equal(5, source.BodyFirstLine);
    }

    [Fact]
    public void Crlf_line_endings_split_the_same_way()
    {
        var source = SourceText.TrySplit("---\r\ntitle: Hi\r\n---\r\nBody\r\n");

        Assert.NotNull(source);
        Assert.Equal("title: Hi", source.FrontMatterYaml);
        Assert.Equal("Body\n", source.Body);
        Assert.Equal(4, source.BodyFirstLine);
    }

    [Fact]
    public void No_front_matter_is_null()
    {
        Assert.Null(SourceText.TrySplit("# Just a heading\n\ntext\n"));
        Assert.Null(SourceText.TrySplit("---\ntitle: never closed\n"));
        Assert.Null(SourceText.TrySplit(""));
    }

    [Fact]
    public void Empty_front_matter_is_still_front_matter()
    {
        var source = SourceText.TrySplit("---\n---\nBody");
        Assert.NotNull(source);
        Assert.Equal("", source.FrontMatterYaml);
        Assert.Equal("Body", source.Body);
        Assert.Equal(3, source.BodyFirstLine);
    }

    [Fact]
    public void A_later_horizontal_rule_belongs_to_the_body()
    {
        var source = SourceText.TrySplit("---\ntitle: x\n---\nabove\n\n---\nbelow");
        Assert.NotNull(source);
        Assert.Equal("above\n\n---\nbelow", source.Body);
    }

    [Theory]
    [InlineData("--- \ntitle: x\n...\t\nBody", "title: x", "Body", 4)]
    [InlineData("---\ntitle: x\n---", "title: x", "", 4)]
    [InlineData("---\ntitle: x\n---\n", "title: x", "", 4)]
    [InlineData("---\n\ntitle: x\n\n---\n\nBody\n", "\ntitle: x\n", "\nBody\n", 6)]
    [InlineData("---\rtitle: x\r---\rBody\u2028more", "title: x", "Body\nmore", 4)]
    public void Markers_may_carry_trailing_spaces_and_every_line_break_reads_as_lf(string text, string yaml, string body, int bodyFirstLine)
    {
        var source = SourceText.TrySplit(text);

        Assert.NotNull(source);
        Assert.Equal((yaml, body, bodyFirstLine), (source.FrontMatterYaml, source.Body, source.BodyFirstLine));
    }

    [Theory]
    [InlineData("---")]
    [InlineData("--- x\ntitle: x\n---\n")]
    [InlineData("\n---\ntitle: x\n---\n")]
    public void A_file_that_does_not_open_with_a_marker_line_has_no_front_matter(string text)
    {
        Assert.Null(SourceText.TrySplit(text));
    }
}
