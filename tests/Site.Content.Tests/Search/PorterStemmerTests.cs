using Site.Content.Search;

namespace Site.Content.Tests.Search;

public class PorterStemmerTests
{
    /// <summary>Pairs from Porter's own vocabulary and output lists (tartarus.org/martin/PorterStemmer).</summary>
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("digitizer", "digit")]
    [InlineData("triplicate", "triplic")]
    [InlineData("hopeful", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("revival", "reviv")]
    [InlineData("adoption", "adopt")]
    [InlineData("generalizations", "gener")]
    [InlineData("controll", "control")]
    [InlineData("workshops", "workshop")]
    [InlineData("developed", "develop")]
    [InlineData("developing", "develop")]
    [InlineData("stewardship", "stewardship")]
    public void Stems_as_Porter_does(string word, string stem) => Assert.Equal(stem, PorterStemmer.Stem(word));

    [Theory]
    [InlineData("2024")]
    [InlineData("is")]
    [InlineData("données")]
    public void Leaves_numbers_short_words_and_other_letters_alone(string word) => Assert.Equal(word, PorterStemmer.Stem(word));
}
