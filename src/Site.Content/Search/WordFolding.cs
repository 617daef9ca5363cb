using System.Globalization;
using System.Text;

namespace Site.Content.Search;

/// <summary>
/// What a word is compared by: lower case, compatibility-decomposed (NFKD) with its accents dropped, so that
/// <c>Données</c>, <c>donnees</c> and <c>DONNÉES</c> written in NFD are one word. Letters that carry no accent to drop
/// but that English keyboards lack (<c>ß</c>, <c>æ</c>, <c>ø</c>...) become the letters a reader types instead.
/// </summary>
public static class WordFolding
{
    /// <summary>Longer words are cut: no real word is longer, and it bounds what one hostile token costs.</summary>
    public const int MaxWordLength = 64;

    public static string Fold(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength) word = word[..MaxWordLength];
        if (IsPlainAscii(word))
        {
            Span<char> lower = stackalloc char[word.Length];
            word.ToLowerInvariant(lower);
            return new string(lower);
        }

        var decomposed = word.ToString().Normalize(NormalizationForm.FormKD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(character);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            var lower = char.ToLowerInvariant(character);
            folded.Append(lower switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                'đ' => "d",
                'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                _ => null,
            } ?? (object)lower);
        }
        return folded.Length > MaxWordLength ? folded.ToString(0, MaxWordLength) : folded.ToString();
    }

    private static bool IsPlainAscii(ReadOnlySpan<char> word)
    {
        foreach (var character in word)
        {
            if (!char.IsAsciiLetterOrDigit(character)) return false;
        }
        return true;
    }
}
