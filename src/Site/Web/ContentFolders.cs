using System.Reflection;
using Microsoft.Extensions.FileProviders;

namespace Site.Web;

/// <summary>
/// Where the site reads its posts and static files. A relative <c>Site:PostsPath</c> is taken from the app's folder,
/// where the build copies posts/; in Development from the repository itself, so that an author's edits are what the
/// running site reads and watches. The static files are those ASP.NET serves from its web root, whichever folders
/// (the repository's, a build's manifest, a published wwwroot/) that is made of.
/// </summary>
public static class ContentFolders
{
    private static readonly string? RepositoryRoot = typeof(ContentFolders).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;

    public static CatalogSource Source(SiteOptions site, IWebHostEnvironment environment, SiteImages images, string? postsPath = null)
    {
        var posts = postsPath is not null ? Path.GetFullPath(postsPath) : PostsFolder(site, environment);
        return new(
            PostsPath: posts,
            Files: new StaticFiles(FilesUnder(environment.WebRootFileProvider, "")),
            TimeZone: TimeZoneInfo.FindSystemTimeZoneById(site.TimeZone),
            MaxPostBytes: site.MaxPostBytes,
            Site: SiteVariables(site),
            IncludeDrafts: site.ShowDrafts,
            MaxParseMilliseconds: site.MaxParseMilliseconds,
            Typography: site.Typography,
            Permalink: site.Permalink,
            ExcerptSeparator: site.ExcerptSeparator,
            BasePath: site.BasePath(),
            Images: images.In(posts));
    }

    /// <summary>
    /// Liquid's <c>site.*</c> from the site's options, by Jekyll's names: <c>title</c>, <c>description</c>, <c>author</c>,
    /// <c>url</c> (the public address's scheme and host, <c>https://user.github.io</c>; empty while <c>Site:BaseUrl</c> is not set), <c>baseurl</c> (its path, which
    /// the site is served under, <c>/blog</c>; empty at the host's root), <c>timezone</c>, <c>paginate</c> (posts a listing page), <c>permalink</c> and <c>excerpt_separator</c>.
    /// They win over the keys of the posts folder's <c>_config.yml</c>, which the options already read beneath the
    /// deployment's own settings.
    /// </summary>
    public static Dictionary<string, object?> SiteVariables(SiteOptions site) => new(StringComparer.Ordinal)
    {
        ["title"] = site.Title,
        ["description"] = site.Description,
        ["author"] = site.Author,
        // Empty while no address is set, as Jekyll's url is unless a site sets it: absolute_url then gives the path,
        // which works wherever the site is reached, and is checked as a site path.
        ["url"] = site.HasBaseUrl() ? new Uri(site.BaseUrl).GetLeftPart(UriPartial.Authority) : "",
        ["baseurl"] = site.BasePath(),
        ["timezone"] = site.TimeZone,
        ["paginate"] = site.PageSize,
        ["permalink"] = site.Permalink,
        ["excerpt_separator"] = site.ExcerptSeparator,
    };

    public static string PostsFolder(SiteOptions site, IWebHostEnvironment environment) => PostsFolder(site.PostsPath, environment);

    public static string PostsFolder(string postsPath, IWebHostEnvironment environment) => Resolve(postsPath, environment);

    /// <summary>
    /// The file an author edits for one the build copied into the app's folder: <c>src/Site/appsettings.json</c> for
    /// <c>bin/.../appsettings.json</c> while they are the same; the file itself otherwise (a published app's).
    /// </summary>
    public static string EditedFile(string path)
    {
        var relative = Path.GetRelativePath(AppContext.BaseDirectory, path);
        if (RepositoryRoot is null || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return path;
        var source = Path.Combine(RepositoryRoot, "src", "Site", relative);
        try
        {
            return File.Exists(source) && File.ReadAllBytes(source).AsSpan().SequenceEqual(File.ReadAllBytes(path)) ? source : path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return path;
        }
    }

    /// <summary>The folder of the static files, where a writer edits them; null when there is none.</summary>
    public static string? StaticFilesFolder(IWebHostEnvironment environment) =>
        Resolve("wwwroot", environment) is var wwwroot && Directory.Exists(wwwroot) ? wwwroot : null;

    private static string Resolve(string path, IWebHostEnvironment environment)
    {
        if (Path.IsPathRooted(path)) return path;
        if (environment.IsDevelopment() && RepositoryRoot is { } root && Path.Exists(Path.Combine(root, path)))
            return Path.GetFullPath(Path.Combine(root, path));
        return Path.GetFullPath(path, environment.ContentRootPath);
    }

    /// <summary>Site paths of the files under <paramref name="folder"/>, but dot-files and those in dot-folders.</summary>
    private static IEnumerable<string> FilesUnder(IFileProvider provider, string folder) =>
        provider.GetDirectoryContents(folder)
            .Where(entry => !entry.Name.StartsWith('.'))
            .SelectMany(entry => entry.IsDirectory ? FilesUnder(provider, $"{folder}/{entry.Name}") : [$"{folder}/{entry.Name}"]);
}
