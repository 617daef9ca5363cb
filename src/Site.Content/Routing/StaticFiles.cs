namespace Site.Content.Routing;

/// <summary>
/// The files the site serves as they are (its <c>wwwroot/</c>), by site path, as found when the catalog is built.
/// Those of <c>wwwroot/</c> are compared without regard to case, as ASP.NET routes them; those of the posts folder in
/// the file system's case, as they are served (and as GitHub Pages serves a Jekyll site). Each is served at its
/// fingerprinted name too (<c>/css/site.d8qv1e2era.css</c>, the name pages link, cached for good), and with its
/// compressed copies'.
/// </summary>
public sealed class StaticFiles
{
    private readonly HashSet<string> _paths;
    private readonly HashSet<string> _exactPaths;
    private readonly HashSet<string> _topLevelNames;

    /// <param name="sitePaths">Files whose paths are matched in any case.</param>
    /// <param name="exactPaths">Files whose paths are matched only in their own case.</param>
    public StaticFiles(IEnumerable<string> sitePaths, IEnumerable<string>? exactPaths = null)
    {
        _paths = new HashSet<string>(sitePaths, StringComparer.OrdinalIgnoreCase);
        _exactPaths = new HashSet<string>(exactPaths ?? [], StringComparer.Ordinal);
        Paths = [.. _paths.Concat(_exactPaths).Order(StringComparer.Ordinal)];
        _topLevelNames = new HashSet<string>(Paths.Select(path => path.TrimStart('/').Split('/')[0]), StringComparer.OrdinalIgnoreCase);
    }

    public static readonly StaticFiles None = new([]);

    /// <summary>Site paths (<c>/css/site.css</c>), in ordinal order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <param name="decodedPath">A site path, percent-decoded, without query or fragment.</param>
    public bool Contains(string decodedPath) =>
        _exactPaths.Contains(decodedPath) || _paths.Contains(decodedPath) || WithoutFingerprint(decodedPath) is { } named && _paths.Contains(named);

    /// <summary>
    /// <c>/css/site.css</c> for <c>/css/site.d8qv1e2era.css</c> (and <c>.css.gz</c>): ASP.NET's static assets put a file's
    /// fingerprint, ten letters and digits, before its extension. Null when the name holds none.
    /// </summary>
    private static string? WithoutFingerprint(string path)
    {
        var folderEnd = path.LastIndexOf('/') + 1;
        var parts = path[folderEnd..].Split('.');
        var compressed = parts[^1] is "gz" or "br" ? 1 : 0;
        var at = parts.Length - 2 - compressed;
        if (at < 1 || !IsFingerprint(parts[at])) return null;
        return path[..folderEnd] + string.Join('.', parts.Where((_, index) => index != at));
    }

    private static bool IsFingerprint(string part) => part.Length == 10 && part.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    /// <summary>Whether a file or folder of this name sits at the top (<c>assets</c>, <c>favicon.svg</c>): no page may take it as its slug.</summary>
    public bool HasTopLevel(string name) => _topLevelNames.Contains(name);
}
