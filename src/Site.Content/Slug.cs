using System.Globalization;
using System.Text;

namespace Site.Content;

/// <summary>URL names for posts, pages, categories and tags, by one rule.</summary>
public static class Slug
{
    /// <summary>
    /// NFC, lower case, every run of characters that are not letters or digits becomes one "-", none at
    /// either end: "Données Ouvertes" gives "données-ouvertes", "Research Notes" gives "research-notes".
    /// Combining marks count as letters so that scripts which do not compose to one code point keep their words.
    /// </summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                pendingDash = false;
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                pendingDash = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="slug"/> if it is at most <paramref name="maxLength"/> characters, else cut there: at its last
    /// <c>-</c> if that keeps more than half, else within the word, never inside a character.
    /// </summary>
    public static string Shorten(string slug, int maxLength)
    {
        if (slug.Length <= maxLength) return slug;
        var dash = slug.LastIndexOf('-', maxLength);
        if (dash > maxLength / 2) return slug[..dash];
        var end = char.IsLowSurrogate(slug[maxLength]) ? maxLength - 1 : maxLength;
        return slug[..end];
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => Rune.IsLetterOrDigit(rune),
    };
}
