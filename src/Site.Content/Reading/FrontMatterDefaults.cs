using System.Text.RegularExpressions;

namespace Site.Content.Reading;

/// <summary>
/// Jekyll's front matter defaults (<c>defaults:</c> in <c>_config.yml</c>): values a post gets for the fields it does not
/// write itself, by where it is (<c>scope.path</c>, a folder or a glob) and what it is (<c>scope.type</c>: <c>posts</c>,
/// in <c>_posts/</c>; <c>drafts</c>, in <c>_drafts/</c>; <c>pages</c>, anything else). Where two scopes give one field,
/// the one with the longer path wins, then the one with a type, as in Jekyll. The values are added to the front
/// matter as the lines written in <c>_config.yml</c>, so that they are read as any field is, and a problem in one is
/// reported at its line there.
/// </summary>
public sealed partial class FrontMatterDefaults
{
    /// <summary>One field's value for one scope: its lines, as written under <c>values:</c>, unindented.</summary>
    internal sealed record Value(string Key, string Text, int ConfigLine, int Indent);

    /// <summary>A scope and its values.</summary>
    internal sealed record Scope(string Path, string? Type, IReadOnlyList<Value> Values)
    {
        private readonly Regex? _glob = Path.Contains('*', StringComparison.Ordinal)
            ? new Regex("^" + string.Join("[^/]*", Path.Split('*').Select(Regex.Escape)) + "(/|$)", RegexOptions.CultureInvariant)
            : null;

        public bool Covers(string relativePath, string kind) =>
            (Type is null || Type == kind || Type == "posts" && kind == "drafts")
            && (Path.Length == 0 || (_glob?.IsMatch(relativePath) ?? (relativePath == Path || relativePath.StartsWith(Path + "/", StringComparison.Ordinal))));
    }

    private readonly IReadOnlyList<Scope> _scopes;

    internal FrontMatterDefaults(IEnumerable<Scope> scopes) =>
        _scopes = [.. scopes.OrderBy(scope => scope.Path.Length).ThenBy(scope => scope.Type is not null)];

    public static readonly FrontMatterDefaults None = new([]);

    /// <summary>
    /// A post's front matter with the default values it lacks added, and how to place a problem found in them; null
    /// when no default applies.
    /// </summary>
    public DefaultedFrontMatter? Apply(string relativePath, string yaml)
    {
        if (_scopes.Count == 0) return null;
        var kind = KindOf(relativePath);
        var values = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var scope in _scopes.Where(scope => scope.Covers(relativePath, kind)))
            foreach (var value in scope.Values) values[value.Key] = value;

        var written = yaml.Split('\n').Select(line => TopLevelKey().Match(line)).Where(match => match.Success)
            .Select(match => match.Groups["key"].Value.Trim('"', '\'')).ToHashSet(StringComparer.Ordinal);
        var added = values.Values.Where(value => !written.Contains(value.Key)).OrderBy(value => value.ConfigLine).ToList();
        return added.Count == 0 ? null : new DefaultedFrontMatter(yaml, added);
    }

    /// <summary>What Jekyll calls the file, for a scope's <c>type</c>.</summary>
    private static string KindOf(string relativePath)
    {
        var folders = relativePath.Split('/')[..^1];
        return folders.Contains(PostReader.DraftsFolder, StringComparer.Ordinal) ? "drafts"
            : folders.Contains(PostReader.PostsFolder, StringComparer.Ordinal) ? "posts"
            : "pages";
    }

    [GeneratedRegex(@"^(?<key>[^\s#:\-][^:]*?)\s*:(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TopLevelKey();
}

/// <summary>A front matter with default values added after its own lines.</summary>
public sealed class DefaultedFrontMatter
{
    private readonly int _ownLines;
    private readonly List<(int FirstLine, FrontMatterDefaults.Value Value)> _blocks = [];

    internal DefaultedFrontMatter(string yaml, IEnumerable<FrontMatterDefaults.Value> added)
    {
        var text = new System.Text.StringBuilder(yaml);
        if (yaml.Length > 0 && !yaml.EndsWith('\n')) text.Append('\n');
        _ownLines = text.ToString().Split('\n').Length - 1;
        var line = _ownLines + 1;
        foreach (var value in added)
        {
            _blocks.Add((line, value));
            text.Append(value.Text).Append('\n');
            line += value.Text.Split('\n').Length;
        }
        Yaml = text.ToString();
    }

    /// <summary>The front matter's YAML, the defaults after its own lines.</summary>
    public string Yaml { get; }

    /// <summary>A problem found in the defaulted YAML, placed where it was written: in the post, or in <c>_config.yml</c>.</summary>
    public ContentDiagnostic Locate(ContentDiagnostic diagnostic)
    {
        // A problem of the whole front matter (no title) has a line but no column: it is the post's.
        if (diagnostic.Line is not { } fileLine || diagnostic.Column is null) return diagnostic;
        var yamlLine = fileLine - SourceText.FrontMatterFirstLine + 1;
        if (yamlLine <= _ownLines) return diagnostic;
        var (firstLine, value) = _blocks.Last(block => block.FirstLine <= yamlLine);
        return diagnostic with
        {
            Path = JekyllConfig.FileName,
            Line = value.ConfigLine + yamlLine - firstLine,
            Column = diagnostic.Column + value.Indent,
        };
    }
}
