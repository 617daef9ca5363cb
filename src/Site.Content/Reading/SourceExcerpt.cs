namespace Site.Content.Reading;

/// <summary>
/// The lines of a post around one a problem was found on, to show an author where it is: a few before and after,
/// each cut to a readable length. Nothing past them is read.
/// </summary>
public sealed record SourceExcerpt(IReadOnlyList<SourceExcerpt.Line> Lines, int ProblemLine)
{
    public sealed record Line(int Number, string Text);

    private const int MaxLineLength = 300;

    /// <summary>The lines around <paramref name="line"/> of the file at <paramref name="path"/>; null when it cannot be read.</summary>
    public static SourceExcerpt? Around(string path, int line, int context = 2)
    {
        try
        {
            var first = Math.Max(1, line - context);
            var lines = File.ReadLines(path).Take(line + context).Skip(first - 1)
                .Select((text, index) => new Line(first + index, text.Length > MaxLineLength ? text[..MaxLineLength] + "…" : text))
                .ToList();
            return lines.Count == 0 ? null : new SourceExcerpt(lines, line);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
