using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Site.Content.Reading;

namespace Site.Web;

/// <summary>
/// Serves files as they are on disk at each request, so that one added after the app was built is served at once: the
/// files of <c>wwwroot/</c> that the build did not know (a mounted folder), and those of the posts folder
/// (<see cref="ServedFiles"/>), each at its path. Runs after routing: a request the build's own static files or a
/// route answer is left to them, but one that only the catch-all <c>/{slug}</c> matched goes to a file where there is
/// one, as the catalog keeps pages off the names of files. A file the build knew but that was replaced since
/// (<see cref="BuiltAssets"/>) is served as it is on disk too, at its own and its fingerprinted address. Answers as
/// ASP.NET's static files do (content types, ETag, Last-Modified, ranges), revalidated on each use since the files may
/// change.
/// </summary>
public sealed class FolderFiles
{
    private readonly RequestDelegate _next;
    private readonly CompositeFileProvider _files;
    private readonly StaticFileMiddleware _serve;
    private readonly BuiltAssets _built;

    public FolderFiles(RequestDelegate next, CatalogLoader loader, IWebHostEnvironment environment, EndpointDataSource endpoints, ILoggerFactory logs)
    {
        _next = next;
        var staticFiles = ContentFolders.StaticFilesFolder(environment);
        _built = new BuiltAssets(staticFiles, endpoints.Endpoints);
        // The config's exclude list and Markdown extensions, read once at start as its other settings are.
        var config = JekyllConfig.Read(loader.PostsPath);
        _files = new CompositeFileProvider(
            new FolderFileProvider(staticFiles is { } wwwroot
                ? relative => ContainedPath.Resolve(wwwroot, relative, out var real) is { } full && !Hidden(relative) && !Hidden(real) ? full : null
                : null),
            new FolderFileProvider(relative => ServedFiles.FullPathOf(loader.PostsPath, relative, config.Excludes, config.PostFiles) is { } full && !ServedFiles.IsJekyllPage(full) ? full : null));
        _serve = new StaticFileMiddleware(next, environment, Options.Create(new StaticFileOptions
        {
            FileProvider = _files,
            ServeUnknownFileTypes = true,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        }), logs);
    }

    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is { } endpoint && !IsPage(endpoint))
        {
            if (_built.ChangedFileOf(endpoint) is not { } changed) return _next(context);
            context.Request.Path = "/" + changed;
        }
        if (!context.Request.Path.HasValue || !_files.GetFileInfo(context.Request.Path.Value).Exists) return _next(context);
        // ASP.NET's static files leave alone a request that routing gave an endpoint.
        context.SetEndpoint(null);
        return _serve.Invoke(context);
    }

    private static bool IsPage(Endpoint endpoint) =>
        endpoint is RouteEndpoint route && route.RoutePattern.RawText == SiteRoutes.Page.Template;

    /// <summary>Whether a path (its own or where a link along it leads) has a part the server keeps to itself (<c>.git/</c>).</summary>
    private static bool Hidden(string relativePath) => relativePath.Split('/').Any(segment => segment.StartsWith('.'));

    /// <summary>
    /// The regular files of a folder, looked up afresh each time; none when there is no folder.
    /// <paramref name="served"/> gives the full path of the file served at a relative path, or null when none may be.
    /// </summary>
    private sealed class FolderFileProvider(Func<string, string?>? served) : IFileProvider
    {
        public IFileInfo GetFileInfo(string subpath)
        {
            var relative = subpath.TrimStart('/');
            if (served is null || relative.Length == 0 || served(relative) is not { } full || !File.Exists(full) || !RegularFile.CanRead(full))
                return new NotFoundFileInfo(subpath);
            return new PhysicalFileInfo(new FileInfo(full));
        }

        public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

        public IChangeToken Watch(string filter) => NullChangeToken.Singleton;
    }
}
