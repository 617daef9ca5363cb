namespace Site.Content.Routing;

/// <summary>
/// The files the site serves as they are (its <c>wwwroot/</c>), by site path, as found when the catalog is built.
/// Compared without regard to case, as ASP.NET routes them.
/// </summary>
public sealed class StaticFiles
{
    private readonly HashSet<string> _paths;
    private readonly HashSet<string> _topLevelNames;

    public StaticFiles(IEnumerable<string> sitePaths)
    {
        Paths = [.. sitePaths.Order(StringComparer.Ordinal)];
        _paths = new HashSet<string>(Paths, StringComparer.OrdinalIgnoreCase);
        _topLevelNames = new HashSet<string>(Paths.Select(path => path.TrimStart('/').Split('/')[0]), StringComparer.OrdinalIgnoreCase);
    }

    public static readonly StaticFiles None = new([]);

    /// <summary>Site paths (<c>/css/site.css</c>), in ordinal order.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <param name="decodedPath">A site path, percent-decoded, without query or fragment.</param>
    public bool Contains(string decodedPath) => _paths.Contains(decodedPath);

    /// <summary>Whether a file or folder of this name sits at the top (<c>assets</c>, <c>favicon.svg</c>): no page may take it as its slug.</summary>
    public bool HasTopLevel(string name) => _topLevelNames.Contains(name);
}
