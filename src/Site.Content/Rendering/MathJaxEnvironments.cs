using System.Text;

namespace Site.Content.Rendering;

/// <summary>
/// The display environments MathJax typesets as LaTeX does but temml lacks, or numbers otherwise, written as ones temml
/// typesets alike before it reads them (the rest of the TeX is passed as written):
/// <list type="bullet">
/// <item><c>eqnarray</c> (<c>eqnarray*</c>), LaTeX's three columns <c>rcl</c> numbered on each line, is an
/// <c>alignat{2}</c> (<c>alignat*</c>): the middle column between thick spaces (<c>\;</c>), as MathJax sets it, then an empty column,
/// so that the third column starts at one place on every line, a line continued after an empty middle (<c>&amp;&amp; +c</c>) too;</item>
/// <item><c>flalign</c> (<c>flalign*</c>) is an <c>align</c>: its columns centred, not pushed to the margins;</item>
/// <item>a <c>multline</c> has one number, on its last line, as in LaTeX: the other lines are <c>\nonumber</c>, and the
/// <c>\label</c>, <c>\tag</c> or <c>\nonumber</c> of any of its lines goes to the last;</item>
/// <item>in a numbered alignment a line's <c>\label</c> goes to the line's end, where temml looks for it (its last cell),
/// as MathJax finds it anywhere on the line.</item>
/// </list>
/// </summary>
internal static class MathJaxEnvironments
{
    private static readonly HashSet<string> Rewritten =
        ["eqnarray", "eqnarray*", "flalign", "flalign*", "multline", "align", "alignat"];

    /// <summary>The TeX for temml: <paramref name="tex"/> with its environments rewritten, or itself when none is.</summary>
    public static string ForTemml(string tex)
    {
        if (!tex.Contains(@"\begin", StringComparison.Ordinal)) return tex;
        var rewritten = new StringBuilder(tex.Length + 32);
        var copied = 0;
        for (var at = 0; at < tex.Length; at = TokenEnd(tex, at))
        {
            if (!IsEnvironmentStart(tex, at, @"\begin", out var name, out var bodyStart) || !Rewritten.Contains(name)) continue;
            if (EndOf(tex, bodyStart) is not var (bodyEnd, environmentEnd)) break;
            rewritten.Append(tex, copied, at - copied).Append(Rewrite(name, tex[bodyStart..bodyEnd]));
            copied = environmentEnd;
            at = environmentEnd - 1; // the token from there on is read next
        }
        return copied == 0 ? tex : rewritten.Append(tex, copied, tex.Length - copied).ToString();
    }

    private static string Rewrite(string name, string body)
    {
        var rows = Rows(body);
        switch (name)
        {
            case "eqnarray" or "eqnarray*":
                var starred = name.EndsWith('*') ? "*" : "";
                var columns = Math.Max(2, rows.Max(row => row.Cells.Count) - 1);
                var lines = rows.Select(row => IsEmptyLast(row) ? row : new Row([EqnarrayLine(LabelsAtTheEnd(row.Cells))], row.Separator));
                return $@"\begin{{alignat{starred}}}{{{columns}}}{Written(lines)}\end{{alignat{starred}}}";
            case "flalign" or "flalign*":
                var align = name.Replace("flalign", "align", StringComparison.Ordinal);
                return $@"\begin{{{align}}}{Written(rows.Select(row => row with { Cells = LabelsAtTheEnd(row.Cells) }))}\end{{{align}}}";
            case "multline":
                return $@"\begin{{multline}}{Written(NumberedOnTheLast(rows))}\end{{multline}}";
            default:
                return $@"\begin{{{name}}}{Written(rows.Select(row => row with { Cells = LabelsAtTheEnd(row.Cells) }))}\end{{{name}}}";
        }
    }

    /// <summary>
    /// A line of eqnarray, its cells (three, or more when written so) in the columns of an alignat, the middle one between
    /// thick spaces (<c>\;</c>, MathJax's space between eqnarray's columns; a relation between empty groups gets no
    /// space in Chromium's MathML).
    /// </summary>
    private static string EqnarrayLine(List<string> cells) =>
        cells.Count == 1 ? cells[0] : cells[0] + @"&\;" + cells[1] + @"\;" + string.Concat(cells.Skip(2).Select(cell => "&&" + cell));

    /// <summary>The cells with each <c>\label</c> of a cell before the last taken out and written at the end of the last.</summary>
    private static List<string> LabelsAtTheEnd(List<string> cells)
    {
        var labels = new StringBuilder();
        var without = cells.Select((cell, i) => i < cells.Count - 1 ? Without(cell, [@"\label"], labels) : cell).ToList();
        if (labels.Length == 0) return cells;
        without[^1] += labels.ToString();
        return without;
    }

    /// <summary>The lines of a multline, each but the last unnumbered, the last carrying what any of them said of the number.</summary>
    private static List<Row> NumberedOnTheLast(List<Row> rows)
    {
        var last = rows.FindLastIndex(row => !IsEmptyLast(row));
        if (last < 0) return rows;
        var numbering = new StringBuilder();
        var lines = rows.Select(row => row with { Cells = [.. row.Cells.Select(cell => Without(cell, [@"\label", @"\tag", @"\nonumber", @"\notag"], numbering))] }).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i < last) lines[i].Cells[^1] += @"\nonumber ";
            else if (i == last) lines[i].Cells[^1] += numbering.ToString();
        }
        return lines;
    }

    /// <summary>Whether a row is the empty one after a closing <c>\\</c>, which temml drops and which must stay empty.</summary>
    private static bool IsEmptyLast(Row row) => row.Separator.Length == 0 && row.Cells is [var only] && string.IsNullOrWhiteSpace(only);

    private static string Written(IEnumerable<Row> rows) => string.Concat(rows.Select(row => string.Join('&', row.Cells) + row.Separator));

    /// <summary>A line of an alignment: its cells as written between the <c>&amp;</c>, and the <c>\\</c> that ends it (none for the last).</summary>
    private sealed record Row(List<string> Cells, string Separator);

    /// <summary>The lines of an environment's body, split where its own <c>\\</c> and <c>&amp;</c> are, not those of a group or an environment inside it.</summary>
    private static List<Row> Rows(string body)
    {
        var rows = new List<Row>();
        var cells = new List<string>();
        var (cellStart, depth) = (0, 0);
        for (var at = 0; at < body.Length;)
        {
            var end = TokenEnd(body, at);
            switch (body.AsSpan(at, end - at))
            {
                case "{" or @"\begin": depth++; break;
                case "}" or @"\end": depth--; break;
                case "&" when depth == 0:
                    cells.Add(body[cellStart..at]);
                    cellStart = end;
                    break;
                case @"\\" or @"\cr" when depth == 0:
                    cells.Add(body[cellStart..at]);
                    rows.Add(new Row(cells, body[at..end]));
                    cells = [];
                    cellStart = end;
                    break;
            }
            at = end;
        }
        cells.Add(body[cellStart..]);
        rows.Add(new Row(cells, ""));
        return rows;
    }

    /// <summary><paramref name="text"/> without the commands named (with a star and an argument when they have them), which are added to <paramref name="taken"/>.</summary>
    private static string Without(string text, string[] commands, StringBuilder taken)
    {
        StringBuilder? kept = null;
        var copied = 0;
        for (var at = 0; at < text.Length;)
        {
            var end = TokenEnd(text, at);
            if (commands.Contains(text[at..end]))
            {
                var commandEnd = text[at..end] is @"\label" or @"\tag" ? ArgumentEnd(text, end) : end;
                kept ??= new StringBuilder(text.Length);
                // A space where it was, which math ignores, so that what stood around it does not join into one control word.
                kept.Append(text, copied, at - copied).Append(' ');
                taken.Append(text, at, commandEnd - at);
                copied = end = commandEnd;
            }
            at = end;
        }
        return kept is null ? text : kept.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Where the argument after <paramref name="at"/> ends: a star, then a group or a token, spaces before them allowed.</summary>
    private static int ArgumentEnd(string text, int at)
    {
        at = SpacesEnd(text, at);
        if (at < text.Length && text[at] == '*') at = SpacesEnd(text, at + 1);
        if (at >= text.Length) return at;
        if (text[at] != '{') return TokenEnd(text, at);
        var depth = 0;
        for (; at < text.Length; at = TokenEnd(text, at))
        {
            if (text[at] == '{') depth++;
            else if (text[at] == '}' && --depth == 0) return at + 1;
        }
        return at;
    }

    /// <summary>Where the body that starts at <paramref name="from"/> ends, at the <c>\end</c> that closes it, and where that <c>\end{...}</c> ends; null when nothing closes it.</summary>
    private static (int BodyEnd, int EnvironmentEnd)? EndOf(string tex, int from)
    {
        var depth = 0;
        for (var at = from; at < tex.Length; at = TokenEnd(tex, at))
        {
            if (IsEnvironmentStart(tex, at, @"\begin", out _, out _)) depth++;
            else if (IsEnvironmentStart(tex, at, @"\end", out _, out var end) && depth-- == 0) return (at, end);
        }
        return null;
    }

    private const int MaxNameLength = 32;

    /// <summary>Whether <paramref name="command"/> (<c>\begin</c> or <c>\end</c>) and a name in braces stand at <paramref name="at"/>; <paramref name="after"/> is where they end.</summary>
    private static bool IsEnvironmentStart(string tex, int at, string command, out string name, out int after)
    {
        (name, after) = ("", 0);
        if (TokenEnd(tex, at) != at + command.Length || string.CompareOrdinal(tex, at, command, 0, command.Length) != 0) return false;
        var open = SpacesEnd(tex, at + command.Length);
        // An environment's name is short: a brace not closed soon after is no environment (and no scan to the end of the TeX).
        var close = open < tex.Length && tex[open] == '{' ? tex.IndexOf('}', open, Math.Min(MaxNameLength + 2, tex.Length - open)) : -1;
        if (close < 0) return false;
        (name, after) = (tex[(open + 1)..close].Trim(), close + 1);
        return true;
    }

    private static int SpacesEnd(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    /// <summary>Where the token at <paramref name="at"/> ends, as temml's lexer reads it: a control word (letters and <c>@</c>), a control symbol, a comment to its line's end, or a character.</summary>
    private static int TokenEnd(string tex, int at)
    {
        switch (tex[at])
        {
            case '\\' when at + 1 < tex.Length && IsLetter(tex[at + 1]):
                var end = at + 2;
                while (end < tex.Length && IsLetter(tex[end])) end++;
                return end;
            case '\\': return Math.Min(at + 2, tex.Length);
            case '%':
                var lineEnd = tex.IndexOf('\n', at);
                return lineEnd < 0 ? tex.Length : lineEnd;
            default: return at + 1;
        }
    }

    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || c == '@';
}
