using System.Reflection;
using Site.Content;

namespace Site.Web;

/// <summary>
/// Where the site reads its posts and static files. A relative <c>Site:PostsPath</c> is taken from the app's folder,
/// where the build copies posts/; in Development from the repository itself, so that an author's edits are what the
/// running site reads and watches.
/// </summary>
public static class ContentFolders
{
    private static readonly string? RepositoryRoot = typeof(ContentFolders).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;

    public static CatalogSource Source(SiteOptions site, IWebHostEnvironment environment, string? postsPath = null) => new(
        PostsPath: postsPath is not null ? Path.GetFullPath(postsPath) : Resolve(site.PostsPath, environment),
        StaticFilesPath: Resolve("wwwroot", environment) is var wwwroot && Directory.Exists(wwwroot) ? wwwroot : null,
        TimeZone: TimeZoneInfo.FindSystemTimeZoneById(site.TimeZone),
        MaxPostBytes: site.MaxPostBytes,
        SiteUrl: site.BaseUrl,
        IncludeDrafts: site.ShowDrafts,
        MaxParseMilliseconds: site.MaxParseMilliseconds);

    private static string Resolve(string path, IWebHostEnvironment environment)
    {
        if (Path.IsPathRooted(path)) return path;
        if (environment.IsDevelopment() && RepositoryRoot is { } root && Path.Exists(Path.Combine(root, path)))
            return Path.GetFullPath(Path.Combine(root, path));
        return Path.GetFullPath(path, environment.ContentRootPath);
    }
}
