using System.Text;
using System.Text.RegularExpressions;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's tables, read as the pipe tables Markdig knows, outside code and math: a separator row written with <c>+</c>
/// between columns (<c>|---+---|</c>) is written with <c>|</c>; a table with no header separator, or that starts with
/// a separator, has no header; a separator row in the body (<c>|---|</c>) starts a new body, the footer's
/// (<c>|===|</c>) the footer. Markdig's tables have none of these: each is written as a marker row that
/// <see cref="KramdownTableSections"/> reads. An attribute list on the line under a table
/// (<c>{: .table-striped}</c>) is moved to the line above it, where <see cref="KramdownAttributes"/> applies it to the table.
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
            var listsEnd = end;
            while (listsEnd < lines.Length && AttributeList.OfLine(lines[listsEnd]) is not null) listsEnd++;
            var table = lines[i..end];
            position += lines[i..listsEnd].Sum(line => line.Length + 1);
            var rewritten = Table(table);
            changed |= !rewritten.SequenceEqual(table);
            if (listsEnd > end)
            {
                // Markdig reads the list's line as a row, and the rows as no table at all; above the table, standing
                // apart from what precedes it, the list applies to the table all the same.
                if (i > 0 && lines[i - 1].Trim().Length > 0) Append("");
                foreach (var list in lines[end..listsEnd]) Append(list);
                changed = true;
            }
            foreach (var line in rewritten) Append(line);
            i = listsEnd;
        }
        return changed ? output.ToString(0, output.Length - 1) : markdown;

        void Append(string line) => output.Append(line).Append('\n');
    }

    private static List<string> Table(string[] rows)
    {
        // Separator lines before any row: the table has no header.
        var start = 0;
        while (start < rows.Length && Separator().IsMatch(rows[start])) start++;
        // A lone line is prose that starts with a pipe, as Markdig reads it.
        if (start == rows.Length || rows.Length < 2) return [.. rows];
        var columns = Math.Max(1, rows[start].Trim().Trim('|').Split('|').Length);
        var hasHeader = start == 0 && rows.Length > 1 && Separator().IsMatch(rows[1]);
        var kept = new List<string>();
        if (!hasHeader)
        {
            kept.Add(MarkerRow(KramdownTableSections.NoHeader, columns));
            kept.Add("|" + string.Concat(Enumerable.Repeat("---|", columns)));
        }
        kept.Add(rows[start]);
        for (var i = start + 1; i < rows.Length; i++)
        {
            if (!Separator().IsMatch(rows[i])) kept.Add(rows[i]);
            else if (hasHeader && i == 1) kept.Add(rows[i].Replace('+', '|'));
            else kept.Add(MarkerRow(rows[i].Contains('=', StringComparison.Ordinal) ? KramdownTableSections.Footer : KramdownTableSections.NewBody, columns));
        }
        return kept;
    }

    private static string MarkerRow(char marker, int columns) => "|" + marker + "|" + string.Concat(Enumerable.Repeat(" |", columns - 1));

    private static bool IsRow(string line) => line.TrimStart().StartsWith('|');

    [GeneratedRegex(@"^\s*\|[\s:|+=-]*[-=][\s:|+=-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
