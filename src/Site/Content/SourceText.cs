namespace Site.Content;

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
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---") return null;
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new SourceText(yaml, body, BodyFirstLine: i + 2);
            }
        }
        return null;
    }
}
