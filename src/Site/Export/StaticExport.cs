using System.Net;
using Site.Web;

namespace Site.Export;

/// <summary>
/// Writes the whole site into a folder as files a static host serves as they are: every address of the route table
/// (every page of every listing), fetched from the running site so that each file holds the bytes the server sends; the
/// 404 page as <c>404.html</c>; every static file; and every 301 as a <c>_redirects</c> file, an nginx include and an
/// HTML page at each old address. Addresses only a server can answer are left out, and named in the summary. A site
/// served under a path (<c>/blog</c>) is asked for there, and its files are written for a host that serves the folder
/// there: their links, and the redirects' addresses, carry the path; the files' names do not.
/// </summary>
/// <param name="site">A client of the running site that follows no redirect and asks for no compression.</param>
/// <param name="catalog">The catalog the site serves.</param>
/// <param name="pageSize">Posts a listing page shows (<c>Site:PageSize</c>).</param>
public sealed class StaticExport(HttpClient site, PostCatalog catalog, int pageSize, SiteUrls urls)
{
    private readonly PathString _basePath = PathString.FromUriComponent(urls.BasePath);

    /// <param name="assetPaths">The addresses ASP.NET serves the build's static files at, fingerprinted names included.</param>
    public async Task<ExportSummary> WriteAsync(string folder, IEnumerable<string> assetPaths, CancellationToken cancellation)
    {
        var addresses = catalog.Routes.Addresses.SelectMany(address => address.WithPages(pageSize)).ToList();
        var serverOnly = addresses.Where(address => address.Route is { NeedsServer: true, DevelopmentOnly: false }).Select(address => address.Path).ToList();
        var failures = new List<string>();
        int pages = 0, files = 0;

        foreach (var address in addresses.Where(address => address.Route is null or { NeedsServer: false, DevelopmentOnly: false }))
        {
            var notFound = address.Route == SiteRoutes.NotFound;
            var (status, isHtml, body) = await FetchAsync(address.Path, cancellation);
            if (status != (notFound ? HttpStatusCode.NotFound : HttpStatusCode.OK))
            {
                failures.Add($"{address.Path}: {(int)status}");
                continue;
            }
            var file = notFound ? "404.html" : ExportPath.For(address.Path, isPage: address.Route is not null && isHtml);
            if (file is null || !await TryWriteAsync(folder, file, body, cancellation))
            {
                failures.Add($"{address.Path}: no file can be written there");
                continue;
            }
            if (address.Route is null) files++;
            else pages++;
        }

        var tableFiles = addresses.Where(address => address.Route is null).Select(address => address.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in assetPaths.Where(path => !tableFiles.Contains(path)).Distinct(StringComparer.Ordinal))
        {
            var (status, _, body) = await FetchAsync(path, cancellation);
            if (status != HttpStatusCode.OK || ExportPath.For(path, isPage: false) is not { } file || !await TryWriteAsync(folder, file, body, cancellation))
                failures.Add($"{path}: {(int)status}");
            else
                files++;
        }

        var pagePaths = addresses.Where(address => address.Route is { } route && PageRoutes.ByPage.Values.Contains(route) && route != SiteRoutes.NotFound && !route.NeedsServer)
            .Select(address => address.Path);
        var redirects = SiteRedirects.Of(catalog, pagePaths);
        // What a client asks for and is sent to: under the base path.
        var served = redirects.Select(redirect => redirect with { From = _basePath.Add(redirect.From).Value!, To = _basePath.Add(redirect.To).Value! }).ToList();
        await TryWriteAsync(folder, NetlifyRedirects.FileName, NetlifyRedirects.For(served), cancellation);
        await TryWriteAsync(folder, $"{NginxConfig.Folder}/{NginxConfig.RedirectsFile}", NginxConfig.Redirects(served), cancellation);
        await TryWriteAsync(folder, $"{NginxConfig.Folder}/{NginxConfig.SiteFile}", NginxConfig.Site(_basePath.Value ?? ""), cancellation);
        var redirectPages = 0;
        foreach (var redirect in redirects.Where(redirect => redirect.IsOldAddress))
        {
            var target = _basePath.Add(redirect.To).ToUriComponent();
            // A file of the site's own stays: nginx and _redirects answer 301 there, before any file.
            if (RedirectPage.FileFor(redirect.From) is { } file && !Exists(folder, file)
                && await TryWriteAsync(folder, file, RedirectPage.For(target, urls.Absolute(redirect.To)), cancellation))
                redirectPages++;
        }

        return new ExportSummary(pages, files, redirects.Count, redirectPages, serverOnly, failures);
    }

    private async Task<(HttpStatusCode Status, bool IsHtml, byte[] Body)> FetchAsync(string path, CancellationToken cancellation)
    {
        using var response = await site.GetAsync(new Uri(_basePath.Add(new PathString(path)).ToUriComponent(), UriKind.Relative), cancellation);
        var body = await response.Content.ReadAsByteArrayAsync(cancellation);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType == "text/html", body);
    }

    private static bool Exists(string folder, string relative) => Path.Exists(Path.Combine(folder, relative));

    /// <summary>Writes a file, its folders made; false where a file stands in the way of a folder, or a folder where the file goes.</summary>
    private static async Task<bool> TryWriteAsync(string folder, string relative, byte[] bytes, CancellationToken cancellation)
    {
        var full = Path.Combine(folder, relative);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (Directory.Exists(full)) return false;
            await File.WriteAllBytesAsync(full, bytes, cancellation);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
