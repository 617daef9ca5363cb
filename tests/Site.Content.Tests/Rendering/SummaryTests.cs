
namespace Site.Content.Tests.Rendering;

public class SummaryTests
{
    [Fact]
    public void Short_text_is_kept_whole()
    {
        Assert.Equal("A short first paragraph.", Summary.Cut("A short first paragraph."));
        var exactly200 = new string('a', 200);
        Assert.Equal(exactly200, Summary.Cut(exactly200));
    }

    [Fact]
    public void Long_text_is_cut_at_a_word_boundary_near_200_with_an_ellipsis()
    {
        var words = string.Join(' ', Enumerable.Range(1, 80).Select(i => $"word{i}"));
        var cut = Summary.Cut(words);

        Assert.EndsWith("…", cut);
        var kept = cut[..^1];
        Assert.True(kept.Length <= 200, $"{kept.Length} chars");
        Assert.True(kept.Length > 150, $"{kept.Length} chars");
        Assert.StartsWith(kept, words);
        Assert.Equal(' ', words[kept.Length]);
        Assert.DoesNotContain(kept.Split(' '), w => !w.StartsWith("word", StringComparison.Ordinal));
    }

    [Fact]
    public void Trailing_punctuation_before_the_cut_is_dropped()
    {
        var text = new string('a', 190) + ", " + new string('b', 30);
        Assert.Equal(new string('a', 190) + "…", Summary.Cut(text));
    }

    [Fact]
    public void A_text_with_no_space_near_the_limit_is_cut_at_the_limit()
    {
        var text = new string('x', 500);
        Assert.Equal(new string('x', 200) + "…", Summary.Cut(text));
    }
}
