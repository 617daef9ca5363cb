namespace Site.Content.Rendering;

/// <summary>The default summary of a post: its first paragraph, cut at a word boundary near 200 characters.</summary>
public static class Summary
{
    public const int TargetLength = 200;

    public static string Cut(string text, int targetLength = TargetLength)
    {
        if (text.Length <= targetLength) return text;
        var space = text.LastIndexOf(' ', targetLength);
        var cut = space > targetLength / 2 ? text[..space] : text[..targetLength];
        return cut.TrimEnd(' ', ',', ';', ':', '-', '–', '—') + "…";
    }
}
