namespace Site.Content.Rendering;

/// <summary>The delimiters of math: kramdown's <c>$$</c>, and MathJax's <c>\(</c> (inline) and <c>\[</c> (display).</summary>
internal static class MathDelimiters
{
    /// <summary>The closing delimiter of the one opening at <paramref name="at"/>, and whether it is display math; null when none opens there.</summary>
    public static (string Closing, bool IsDisplay)? Closing(string text, int at, int end)
    {
        if (at + 1 > end) return null;
        return (text[at], text[at + 1]) switch
        {
            ('$', '$') => ("$$", false),
            ('\\', '(') => (@"\)", false),
            ('\\', '[') => (@"\]", true),
            _ => null,
        };
    }
}
