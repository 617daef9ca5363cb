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

    /// <summary>
    /// How many words start in <paramref name="piece"/>, a text read piece by piece: <paramref name="inWord"/> says
    /// whether the text so far ends inside a word, and is updated for the next piece. Counts as <see cref="Of"/> finds.
    /// </summary>
    public static int Starts(ReadOnlySpan<char> piece, ref bool inWord)
    {
        var starts = 0;
        foreach (var character in piece)
        {
            var now = IsWordCharacter(character) && (inWord || !IsMark(character));
            if (now && !inWord) starts++;
            inWord = now;
        }
        return starts;
    }

    private static bool IsWordCharacter(char character) =>
        char.IsAsciiLetterOrDigit(character) || character > 127 && (char.IsLetterOrDigit(character) || IsMark(character));

    private static bool IsMark(char character) =>
        character > 127 && CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
