using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Content.Rendering;

/// <summary>
/// What scrolls sideways in a box of its own when wider than the column (code, tables, display math, and inline math
/// too long for a phone's line) can be reached from the keyboard: <c>tabindex="0"</c>, so that arrow keys scroll it
/// (axe's <c>scrollable-region-focusable</c>). Short inline math, which fits any line, adds no stop to the tab order, and
/// an element with a <c>tabindex</c> of its own keeps it. Runs after the stages that write code and math, on their markup
/// and on the author's raw HTML alike, tag by tag as a browser reads them: text that only looks like a tag (in an
/// attribute, a comment, a script) is left as it is.
/// </summary>
public sealed partial class ScrollBoxes : IHtmlStage
{
    /// <summary>Characters of inline math that may not fit the 330 or so pixels of a 360 px screen's column.</summary>
    internal const int LongInlineMath = 24;

    public string Finish(string html, ICollection<BodyProblem> problems)
    {
        StringBuilder? output = null;
        var copiedUpTo = 0;
        foreach (var tag in HtmlStartTags.Of(html))
        {
            if (tag.Attributes.Any(attribute => attribute.Name == "tabindex") || !Scrolls(html, tag)) continue;
            var insertAt = tag.Start + 1 + tag.Name.Length;
            (output ??= new StringBuilder(html.Length + 64)).Append(html, copiedUpTo, insertAt - copiedUpTo).Append(" tabindex=\"0\"");
            copiedUpTo = insertAt;
        }
        return output is null ? html : output.Append(html, copiedUpTo, html.Length - copiedUpTo).ToString();
    }

    private static bool Scrolls(string html, HtmlStartTag tag) => tag.Name switch
    {
        "pre" or "table" => true,
        "div" or "span" => Value(html, tag, "class")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("math-display") == true,
        "math" => Value(html, tag, "display") != "block" && IsLong(html, tag.End),
        _ => false,
    };

    private static string? Value(string html, HtmlStartTag tag, string name) =>
        tag.Attributes.FirstOrDefault(attribute => attribute.Name == name) is { } found ? html[found.ValueStart..found.ValueEnd] : null;

    /// <summary>Whether the math from <paramref name="contentStart"/> to its end shows more characters than a phone's line holds.</summary>
    private static bool IsLong(string html, int contentStart)
    {
        var end = html.IndexOf("</math", contentStart, StringComparison.OrdinalIgnoreCase);
        var content = html[contentStart..(end < 0 ? html.Length : end)];
        return WebUtility.HtmlDecode(Tags().Replace(Annotation().Replace(content, ""), "")).Length >= LongInlineMath;
    }

    [GeneratedRegex("""<annotation[^>]*>.*?</annotation>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Annotation();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
