using System.Text.RegularExpressions;

namespace Site.Content.Reading;

/// <summary>
/// What Jekyll leaves out of a site, neither read for posts nor copied: its default excludes (<c>Gemfile</c>,
/// <c>node_modules/</c>, <c>vendor/bundle/</c>...) and the config's <c>exclude</c> list. A pattern matches as Jekyll
/// matches it: a path that starts with it (<c>README</c> takes <c>README.md</c> too), or a glob (<c>*.sublime-project</c>).
/// </summary>
public sealed class JekyllExcludes
{
    /// <summary>Jekyll's own default <c>exclude</c> (names starting with <c>.</c> are left out anyway).</summary>
    private static readonly string[] JekyllDefaults =
        ["gemfiles/", "Gemfile", "Gemfile.lock", "node_modules/", "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"];

    private readonly string[] _prefixes;
    private readonly Regex[] _globs;

    private JekyllExcludes(IEnumerable<string> patterns)
    {
        var cleaned = patterns.Select(pattern => pattern.Trim().TrimStart('/')).Where(pattern => pattern.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        _prefixes = [.. cleaned.Where(pattern => !IsGlob(pattern))];
        _globs = [.. cleaned.Where(IsGlob).Select(pattern => new Regex(
            "^" + Regex.Escape(pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];
    }

    public static readonly JekyllExcludes Defaults = new(JekyllDefaults);

    /// <summary>Jekyll's defaults and <paramref name="patterns"/>, a config's <c>exclude</c>.</summary>
    public static JekyllExcludes With(IEnumerable<string> patterns) => new([.. JekyllDefaults, .. patterns]);

    /// <summary>Whether a file or folder, by its '/'-separated path relative to the posts folder, is left out.</summary>
    public bool Excludes(string relativePath, bool isFolder = false) =>
        _prefixes.Any(prefix => relativePath.StartsWith(prefix, StringComparison.Ordinal) || isFolder && prefix == relativePath + "/")
        || _globs.Any(glob => glob.IsMatch(relativePath));

    private static bool IsGlob(string pattern) => pattern.Contains('*', StringComparison.Ordinal) || pattern.Contains('?', StringComparison.Ordinal);
}
