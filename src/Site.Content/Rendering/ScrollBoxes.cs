using System.Net;
using System.Text.RegularExpressions;

namespace Site.Content.Rendering;

/// <summary>
/// What scrolls sideways in a box of its own when wider than the column (code, tables, display math, and inline math
/// too long for a phone's line) can be reached from the keyboard: <c>tabindex="0"</c>, so that arrow keys scroll it
/// (axe's <c>scrollable-region-focusable</c>). Short inline math, which fits any line, adds no stop to the tab order.
/// Runs after the stages that write code and math, on their markup and on the author's raw HTML alike.
/// </summary>
public sealed partial class ScrollBoxes : IHtmlStage
{
    /// <summary>Characters of inline math that may not fit the 330 or so pixels of a 360 px screen's column.</summary>
    internal const int LongInlineMath = 24;

    public string Finish(string html, ICollection<BodyProblem> problems)
    {
        html = Boxes().Replace(html, box => box.Groups["attributes"].Value.Contains("tabindex=", StringComparison.OrdinalIgnoreCase)
            ? box.Value
            : $"<{box.Groups["tag"].Value} tabindex=\"0\"{box.Groups["attributes"].Value}>");
        return html.Contains("<math", StringComparison.Ordinal) ? InlineMath().Replace(html, ReachableIfLong) : html;
    }

    private static string ReachableIfLong(Match math)
    {
        var attributes = math.Groups["attributes"].Value;
        if (attributes.Contains("display=\"block\"", StringComparison.Ordinal) || attributes.Contains("tabindex=", StringComparison.OrdinalIgnoreCase)) return math.Value;
        var shown = WebUtility.HtmlDecode(Tags().Replace(Annotation().Replace(math.Groups["inner"].Value, ""), ""));
        return shown.Length < LongInlineMath ? math.Value : $"<math tabindex=\"0\"{attributes}>{math.Groups["inner"].Value}</math>";
    }

    [GeneratedRegex("""<(?<tag>pre|table)(?<attributes>(?:\s[^>]*)?)>|<(?<tag>div|span)(?<attributes>\s+class="math-display[^>]*)>""")]
    private static partial Regex Boxes();

    [GeneratedRegex("""<math(?<attributes>(?:\s[^>]*)?)>(?<inner>.*?)</math>""", RegexOptions.Singleline)]
    private static partial Regex InlineMath();

    [GeneratedRegex("""<annotation[^>]*>.*?</annotation>""", RegexOptions.Singleline)]
    private static partial Regex Annotation();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
