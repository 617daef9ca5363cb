using Site.Content.Search;

namespace Site.Content.Tests.Search;

public class WordFoldingTests
{
    [Theory]
    [InlineData("Données", "donnees")]
    [InlineData("Donne\u0301es", "donnees")]
    [InlineData("STRASSE", "strasse")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ærø", "aero")]
    [InlineData("ﬁle", "file")]
    [InlineData("Łódź", "lodz")]
    public void Folds_case_form_and_accents(string word, string folded) => Assert.Equal(folded, WordFolding.Fold(word));

    [Fact]
    public void Words_are_runs_of_letters_and_digits_with_their_marks()
    {
        const string text = "Donne\u0301es, it’s 2024: co-op\u00A0data!";
        Assert.Equal(["Donne\u0301es", "it", "s", "2024", "co", "op", "data"], WordSpans.Of(text).Select(range => text[range]));
    }

    [Fact]
    public void A_very_long_word_is_cut() => Assert.Equal(WordFolding.MaxWordLength, WordFolding.Fold(new string('x', 10_000)).Length);
}
