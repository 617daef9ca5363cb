namespace Site.Content.Rendering.Liquid;

/// <summary>
/// The block tags of a Liquid text that are never closed (an <c>{% if %}</c> without its <c>{% endif %}</c>): the engine
/// says only that the text ended too soon, and the opening tag is what to report and leave as written.
/// </summary>
internal static class UnclosedBlocks
{
    /// <summary>Each block opened and not closed, in order; what <c>raw</c> and <c>comment</c> hold is text.</summary>
    public static List<Markup> In(string text)
    {
        var open = new List<Markup>();
        var scanner = new Markup.Scanner(text);
        for (var position = 0; scanner.Next(position) is { } markup;)
        {
            position = markup.IsClosed ? markup.End : markup.Start + 2;
            switch (markup.TagName)
            {
                case "raw" when LiquidSource.EndRaw().Match(text, markup.End) is { Success: true } end:
                    position = end.Index + end.Length;
                    break;
                case "comment" when LiquidSource.EndComment().Match(text, markup.End) is { Success: true } end:
                    position = end.Index + end.Length;
                    break;
                case { } name when IsBlock(name):
                    open.Add(markup);
                    break;
                case { } name when ClosedBy(name) is { } block:
                    var closed = open.FindLastIndex(opened => opened.TagName == block);
                    if (closed >= 0) open.RemoveAt(closed);
                    break;
            }
        }
        return open;
    }

    /// <summary>The block an end tag closes (<c>if</c> for <c>endif</c>); null for any other tag.</summary>
    public static string? ClosedBy(string? tagName) =>
        tagName is { Length: > 3 } && tagName.StartsWith("end", StringComparison.Ordinal) && IsBlock(tagName[3..]) ? tagName[3..] : null;

    private static bool IsBlock(string name) => LiquidSource.BlockTags.Contains(name) || name == "highlight";
}
