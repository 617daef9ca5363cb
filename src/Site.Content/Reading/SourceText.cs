namespace Site.Content.Reading;

/// <summary>A post file cut in two: the YAML between the <c>---</c> lines, and the Markdown body after them.</summary>
public sealed record SourceText(string FrontMatterYaml, string Body, int BodyFirstLine)
{
    /// <summary>Line 1 of the file is the opening <c>---</c>, so YAML line n is file line n + 1.</summary>
    public const int FrontMatterFirstLine = 2;

    /// <summary>
    /// Splits a file's text (BOM already removed; LF or CRLF). The front matter opens with a first line
    /// <c>---</c> and closes with the next line that is <c>---</c> (or YAML's <c>...</c>), as in Jekyll.
    /// </summary>
    public static SourceText? TrySplit(string text)
    {
        // Cut by positions, not into lines: a file's text is then copied once, into the two parts, not split into lines
        // and joined again (docs/benchmarks.md, step 9).
        if (text.AsSpan().IndexOfAny(OtherLineBreaks) >= 0) text = text.ReplaceLineEndings("\n");
        var (line, lineEnd) = (0, text.IndexOf('\n'));
        if (lineEnd < 0 || text.AsSpan(0, lineEnd).TrimEnd() is not "---") return null;
        var yamlStart = lineEnd + 1;
        while (lineEnd < text.Length)
        {
            var lineStart = lineEnd + 1;
            lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            line++;
            if (text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd() is "---" or "...")
            {
                var yaml = lineStart > yamlStart ? text[yamlStart..(lineStart - 1)] : "";
                var body = lineEnd < text.Length ? text[(lineEnd + 1)..] : "";
                return new SourceText(yaml, body, BodyFirstLine: line + 2);
            }
        }
        return null;
    }

    /// <summary>
    /// The file line and column of <paramref name="index"/> in a piece of a file's text that starts at
    /// <paramref name="firstLine"/>, <paramref name="firstColumn"/>; LF ends a line.
    /// </summary>
    public static (int Line, int Column) PositionOf(string text, int index, int firstLine, int firstColumn)
    {
        var lastNewline = index == 0 ? -1 : text.LastIndexOf('\n', index - 1);
        return lastNewline < 0 ? (firstLine, firstColumn + index) : (firstLine + text.AsSpan(0, index).Count('\n'), index - lastNewline);
    }

    /// <summary>The line breaks besides LF that <see cref="string.ReplaceLineEndings(string)"/> turns into LF.</summary>
    private static readonly System.Buffers.SearchValues<char> OtherLineBreaks = System.Buffers.SearchValues.Create("\r\f\u0085\u2028\u2029");
}
