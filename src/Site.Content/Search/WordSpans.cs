using System.Globalization;

namespace Site.Content.Search;

/// <summary>
/// Where the words of a text are: runs of letters and digits, with the combining marks that belong to them (a word written
/// in NFD keeps its accents). Everything else separates words: spaces, punctuation, apostrophes, symbols.
/// </summary>
public static class WordSpans
{
    /// <summary>Each word's start and length in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<Range> Of(string text)
    {
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var inWord = IsWordCharacter(text[i]) && (start >= 0 || !IsMark(text[i]));
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return start..i;
                start = -1;
            }
        }
        if (start >= 0) yield return start..text.Length;
    }

    private static bool IsWordCharacter(char character) =>
        char.IsAsciiLetterOrDigit(character) || character > 127 && (char.IsLetterOrDigit(character) || IsMark(character));

    private static bool IsMark(char character) =>
        character > 127 && CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
