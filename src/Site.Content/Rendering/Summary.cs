namespace Site.Content.Rendering;

/// <summary>The default summary of a post: its first paragraph, cut at a word boundary near 200 characters.</summary>
public static class Summary
{
    public const int TargetLength = 200;

    /// <summary>
    /// The text of a summary written in the front matter (<c>description</c>, <c>excerpt</c>), read as HTML, as
    /// Jekyll's <c>strip_html</c> reads it: tags, comments and what is no prose left out, entities decoded, spaces
    /// collapsed. Null when no text is left (<c>excerpt: "&lt;!--more--&gt;"</c>).
    /// </summary>
    public static string? TextOf(string html) =>
        Collapse(Search.HtmlText.Of(html)) is { Length: > 0 } text ? text : null;

    /// <summary>Text with each run of white space made one space, none at the ends.</summary>
    internal static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Cut(string text, int targetLength = TargetLength)
    {
        if (text.Length <= targetLength) return text;
        var space = text.LastIndexOf(' ', targetLength);
        var cut = space > targetLength / 2 ? text[..space] : text[..targetLength];
        return cut.TrimEnd(' ', ',', ';', ':', '-', '–', '—') + "…";
    }
}
