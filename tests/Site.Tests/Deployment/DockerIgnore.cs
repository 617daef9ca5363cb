using System.Text;
using System.Text.RegularExpressions;

namespace Site.Tests.Deployment;

/// <summary>
/// The rules of a .dockerignore, applied as Docker does: paths relative to the context root, <c>*</c> and <c>?</c>
/// within one path segment, <c>**</c> across segments, a pattern that matches a folder excludes what it holds,
/// <c>!</c> re-includes, and the last matching pattern wins.
/// </summary>
internal sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Excludes)> _rules;

    private DockerIgnore(List<(Regex, bool)> rules) => _rules = rules;

    public static DockerIgnore Load(string path) => Parse(File.ReadAllText(path));

    public static DockerIgnore Parse(string text)
    {
        var rules = new List<(Regex, bool)>();
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var excludes = !line.StartsWith('!');
            var pattern = (excludes ? line : line[1..]).Trim().Trim('/');
            if (pattern.StartsWith("./", StringComparison.Ordinal)) pattern = pattern[2..];
            rules.Add((ToRegex(pattern), excludes));
        }
        return new DockerIgnore(rules);
    }

    /// <param name="relativePath">A file's path from the context root, with forward slashes.</param>
    public bool Excludes(string relativePath)
    {
        var path = relativePath.Replace('\\', '/').Trim('/');
        var excluded = false;
        foreach (var (pattern, excludes) in _rules)
            if (MatchesItselfOrAFolderAbove(pattern, path)) excluded = excludes;
        return excluded;
    }

    private static bool MatchesItselfOrAFolderAbove(Regex pattern, string path)
    {
        for (var end = path.Length; end > 0; end = path.LastIndexOf('/', end - 1))
            if (pattern.IsMatch(path[..end])) return true;
        return false;
    }

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slashFollows = i + 2 < pattern.Length && pattern[i + 2] == '/';
                regex.Append(slashFollows ? "(.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            }
            else if (c == '*') regex.Append("[^/]*");
            else if (c == '?') regex.Append("[^/]");
            else regex.Append(Regex.Escape(c.ToString()));
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant);
    }
}
