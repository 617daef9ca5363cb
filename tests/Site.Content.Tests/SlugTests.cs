using System.Text;

namespace Site.Content.Tests;

public class SlugTests
{
    [Theory]
    [InlineData("Research Notes", "research-notes")]
    [InlineData("Données Ouvertes", "données-ouvertes")]
    [InlineData("  --Hello,   World!!--  ", "hello-world")]
    [InlineData("C# & .NET 10", "c-net-10")]
    [InlineData("ÉCOLE", "école")]
    [InlineData("日本語 テキスト", "日本語-テキスト")]
    [InlineData("already-a-slug", "already-a-slug")]
    [InlineData("under_score", "under-score")]
    [InlineData("!!!", "")]
    public void Follows_the_one_rule(string text, string expected)
    {
        Assert.Equal(expected, Slug.From(text));
    }

    [Fact]
    public void Decomposed_and_composed_text_give_the_same_slug()
    {
        var composed = "Données Ouvertes".Normalize(NormalizationForm.FormC);
        var decomposed = "Données Ouvertes".Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        var slug = Slug.From(decomposed);

        Assert.Equal(Slug.From(composed), slug);
        Assert.Equal("donn\u00e9es-ouvertes", slug);
        Assert.True(slug.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Term_slug_uses_the_same_rule()
    {
        var term = Term.From("Research Notes");
        Assert.Equal("Research Notes", term.Name);
        Assert.Equal("research-notes", term.Slug);
    }
}
