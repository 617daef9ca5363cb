using System.Text;
using System.Text.RegularExpressions;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's tables, read as the pipe tables Markdig knows, outside code and math: a separator row written with <c>+</c>
/// between columns (<c>|---+---|</c>) is written with <c>|</c>; a separator row in the body (<c>|---|</c>, which
/// starts a new body in kramdown) and the footer's (<c>|===|</c>) are left out, their rows kept; a table with no
/// header separator gets one after its first row, which becomes its header.
/// </summary>
public sealed partial class KramdownTables : ISourceStage
{
    public string Rewrite(string markdown, BodyContext context)
    {
        if (!markdown.Contains('|', StringComparison.Ordinal)) return markdown;
        var lines = markdown.Split('\n');
        Func<int, bool>? inCodeOrMath = null;
        var changed = false;
        var output = new StringBuilder(markdown.Length + 16);
        var position = 0;
        for (var i = 0; i < lines.Length;)
        {
            if (!IsRow(lines[i]) || (inCodeOrMath ??= MarkdownSyntax.InCodeOrMath(context.Parse(markdown)))(position))
            {
                Append(lines[i]);
                position += lines[i].Length + 1;
                i++;
                continue;
            }
            var end = i;
            while (end < lines.Length && IsRow(lines[end])) end++;
            var table = lines[i..end];
            position += table.Sum(line => line.Length + 1);
            var rewritten = Table(table);
            changed |= !rewritten.SequenceEqual(table);
            foreach (var line in rewritten) Append(line);
            i = end;
        }
        return changed ? output.ToString(0, output.Length - 1) : markdown;

        void Append(string line) => output.Append(line).Append('\n');
    }

    private static List<string> Table(string[] rows)
    {
        var kept = new List<string> { rows[0] };
        var hasHeader = rows.Length > 1 && Separator().IsMatch(rows[1]);
        if (!hasHeader && rows.Length > 1 && !Separator().IsMatch(rows[0]))
        {
            var columns = Math.Max(1, rows[0].Trim().Trim('|').Split('|').Length);
            kept.Add("|" + string.Concat(Enumerable.Repeat("---|", columns)));
        }
        for (var i = 1; i < rows.Length; i++)
        {
            if (Separator().IsMatch(rows[i]))
            {
                if (i == 1) kept.Add(rows[i].Replace('+', '|'));
                continue;
            }
            kept.Add(rows[i]);
        }
        return kept;
    }

    private static bool IsRow(string line) => line.TrimStart().StartsWith('|');

    [GeneratedRegex(@"^\s*\|[\s:|+=-]*[-=][\s:|+=-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
