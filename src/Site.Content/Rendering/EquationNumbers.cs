using System.Text.RegularExpressions;

namespace Site.Content.Rendering;

/// <summary>
/// What temml's postProcess does in a browser, done on the server for a post's typeset math: its numbered equations
/// are counted through the post and each shows its number; each <c>\ref</c> and <c>\eqref</c> shows the number (or the
/// <c>\tag</c>) of the equation its label names and links to it; a label that names none shows <c>(??)</c>, as
/// MathJax shows it.
/// </summary>
internal static partial class EquationNumbers
{
    internal const string Unknown = "??";

    /// <summary>
    /// Writes its number into each numbered equation of <paramref name="mathMl"/> (the post's typeset pieces in order),
    /// and returns the number or tag of each labelled one, by its id.
    /// </summary>
    public static Dictionary<string, string> Number(string[] mathMl)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        for (var i = 0; i < mathMl.Length; i++)
        {
            var piece = mathMl[i];
            if (!piece.Contains("tml-", StringComparison.Ordinal)) continue;
            // The rows open around each mark, inner tables' rows too: a row's id is its label, given to numbered rows only.
            var rows = new Stack<string?>();
            mathMl[i] = Marks().Replace(piece, mark =>
            {
                if (mark.Groups["row"].Success)
                {
                    rows.Push(mark.Groups["id"].Success ? mark.Groups["id"].Value : null);
                    return mark.Value;
                }
                if (mark.Value == "</mtr>")
                {
                    rows.TryPop(out _);
                    return mark.Value;
                }
                if (mark.Groups["tag"].Success)
                {
                    if (rows.TryPeek(out var tagged) && tagged is not null) labels.TryAdd(tagged, TextOf(piece, mark.Index));
                    return mark.Value;
                }
                count++;
                var number = $"({count})";
                if (rows.TryPeek(out var numbered) && numbered is not null) labels.TryAdd(numbered, number);
                return $"<span class=\"tml-eqn\">{number}</span>";
            });
        }
        return labels;
    }

    /// <summary>
    /// <paramref name="mathMl"/> with each reference showing its equation's number: without parentheses for <c>\ref</c>,
    /// with them for <c>\eqref</c>. <paramref name="unknown"/> hears of each label that names no equation.
    /// </summary>
    public static string Refer(string mathMl, IReadOnlyDictionary<string, string> labels, Action<string> unknown)
    {
        if (!mathMl.Contains("tml-ref", StringComparison.Ordinal)) return mathMl;
        return References().Replace(mathMl, reference =>
        {
            var label = reference.Groups["label"].Value;
            if (!labels.TryGetValue(label, out var number))
            {
                unknown(label);
                number = Unknown;
            }
            number = number.TrimStart('(').TrimEnd(')');
            var shown = reference.Groups["eqref"].Success ? $"({number})" : number;
            // Screen readers and axe do not take the link's name from the MathML inside it.
            return $"{reference.Value[..^"\"></a>".Length]}\" aria-label=\"equation {shown}\"><math><mtext>{shown}</mtext></math></a>";
        });
    }

    /// <summary>The text of the element that starts at <paramref name="start"/> (a tag: an mtext, or an mrow of several), its markup left out.</summary>
    private static string TextOf(string mathMl, int start)
    {
        var name = mathMl.AsSpan(start + 1).StartsWith("mrow") ? "mrow" : "mtext";
        var depth = 1;
        var at = start + 1;
        while (true)
        {
            var open = mathMl.IndexOf("<" + name, at, StringComparison.Ordinal);
            var close = mathMl.IndexOf("</" + name + ">", at, StringComparison.Ordinal);
            if (close < 0) return "";
            if (open >= 0 && open < close) depth++;
            else if (--depth == 0) return Tags().Replace(mathMl[start..close], "");
            at = Math.Min(open < 0 ? int.MaxValue : open, close) + 1;
        }
    }

    [GeneratedRegex("""(?<row><mtr(?: id="(?<id>[^"]*)")?[^>]*>)|</mtr>|(?<tag><(?:mtext|mrow) class="tml-tag">)|<span class="tml-eqn"></span>""", RegexOptions.CultureInvariant)]
    private static partial Regex Marks();

    [GeneratedRegex("""<a href='#(?<label>[^']*)' class="tml-ref(?<eqref> tml-eqref)?"></a>""", RegexOptions.CultureInvariant)]
    private static partial Regex References();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
