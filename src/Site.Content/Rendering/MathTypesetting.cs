using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Site.Content.Rendering;

/// <summary>
/// Turns each math placeholder (<see cref="MathPlaceholder"/>) into MathML, made here by <see cref="Temml"/>: the page
/// carries no script and loads nothing from another host, and browsers typeset MathML themselves. Display math goes in
/// a box of its own (<c>math-display</c>), which scrolls when wider than the column. TeX that cannot be typeset is shown
/// as its source in <c>&lt;code class="math-error"&gt;</c> and reported at its file line. The box, or the code, carries
/// the attributes of the author's kramdown attribute list, as kramdown puts them on its math. Once <see cref="MaxStopped"/>
/// pieces of a body took too much work (hostile TeX), the rest is shown as its source unconverted, so that one body
/// costs a few conversions' worth of limits at most. Numbered equations are numbered through the post and references to
/// them show their numbers (<see cref="EquationNumbers"/>); macros are the post's (<see cref="Temml.Document"/>). A body
/// without math returns at once.
/// </summary>
public sealed partial class MathTypesetting(Temml temml) : IHtmlStage
{
    internal const int MaxStopped = 3;

    public string Finish(string html, ICollection<BodyProblem> problems)
    {
        if (!MathPlaceholder.MayBeIn(html)) return html;
        var placeholders = MathPlaceholder.Pattern().Matches(html);
        var stopped = 0;
        var pieces = new string[placeholders.Count];
        // In order, in one document: a macro one piece defines holds for the rest of the post, as MathJax keeps it for a page.
        using (var document = temml.Begin())
        {
            for (var i = 0; i < placeholders.Count; i++) pieces[i] = Typeset(document, placeholders[i], problems, ref stopped);
        }

        // Numbers and references are the post's, as MathJax numbers a page: known once all of it is typeset.
        var labels = EquationNumbers.Number(pieces);
        var finished = new StringBuilder(html.Length + pieces.Sum(piece => piece.Length));
        var copied = 0;
        for (var i = 0; i < placeholders.Count; i++)
        {
            var placeholder = placeholders[i];
            finished.Append(html, copied, placeholder.Index - copied);
            finished.Append(EquationNumbers.Refer(pieces[i], labels, label => problems.Add(new BodyProblem(
                $"math '{Shortened(WebUtility.HtmlDecode(placeholder.Groups["tex"].Value))}' refers to '{label}', which labels no equation of the post: it shows ({EquationNumbers.Unknown})",
                Position(placeholder, "line"), Position(placeholder, "column")))));
            copied = placeholder.Index + placeholder.Length;
        }
        return finished.Append(html, copied, html.Length - copied).ToString();
    }

    private static int Position(Match placeholder, string which) => int.Parse(placeholder.Groups[which].ValueSpan, CultureInfo.InvariantCulture);

    private static string Typeset(Temml.Document document, Match placeholder, ICollection<BodyProblem> problems, ref int stopped)
    {
        var isBlock = placeholder.Groups["element"].Value == "div";
        var isDisplay = placeholder.Groups["mode"].Value == "display";
        var (classes, attributes) = (placeholder.Groups["classes"].Value, placeholder.Groups["attributes"].Value);
        var escapedTex = placeholder.Groups["tex"].Value;
        var tex = WebUtility.HtmlDecode(escapedTex);

        var (mathMl, problem, wasStopped) = stopped < MaxStopped
            ? document.Convert(tex, isDisplay)
            : new TexConversion(null, $"not tried: {MaxStopped} pieces of math before it in the post took too much work");
        if (wasStopped) stopped++;
        if (mathMl is not null)
        {
            if (isDisplay)
            {
                var box = isBlock ? "div" : "span";
                return $"<{box} class=\"math-display{classes}\"{ScrollBoxes.For(attributes)}{attributes}>{mathMl}</{box}>";
            }
            // Inline math too long for a phone's line scrolls in a box of its own, the <math> itself; short math adds no
            // stop to the tab order.
            if (mathMl.StartsWith("<math", StringComparison.Ordinal) && IsLong(mathMl)) mathMl = "<math" + ScrollBoxes.Reachable + mathMl["<math".Length..];
            // Inline math has no box but the one its attribute list asks for, as kramdown writes it: a span.
            if (classes.Length == 0 && attributes.Length == 0) return mathMl;
            return classes.Length == 0 ? $"<span{attributes}>{mathMl}</span>" : $"<span class=\"{classes[1..]}\"{attributes}>{mathMl}</span>";
        }

        problems.Add(new BodyProblem($"math '{Shortened(tex)}' could not be typeset: {problem}", Position(placeholder, "line"), Position(placeholder, "column")));
        return isBlock
            ? $"<pre class=\"math-error{classes}\"{ScrollBoxes.For(attributes)}{attributes}><code>{escapedTex}</code></pre>"
            : $"<code class=\"math-error{classes}\"{attributes}>{escapedTex}</code>";
    }

    /// <summary>Characters of inline math that may not fit the 330 or so pixels of a 360 px screen's column.</summary>
    internal const int LongInlineMath = 24;

    /// <summary>Whether the MathML shows more characters than a phone's line holds (its TeX annotation aside).</summary>
    private static bool IsLong(string mathMl) =>
        WebUtility.HtmlDecode(Tags().Replace(Annotation().Replace(mathMl, ""), "")).Length >= LongInlineMath;

    [GeneratedRegex("""<annotation[^>]*>.*?</annotation>""", RegexOptions.Singleline)]
    private static partial Regex Annotation();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    /// <summary>The TeX on one line and at most 60 characters, for a report line.</summary>
    private static string Shortened(string tex)
    {
        var oneLine = string.Join(' ', tex.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= 60 ? oneLine : oneLine[..59] + "…";
    }
}
