using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;
using Site.Export;
using Site.Web;

namespace Site.Commands;

/// <summary>
/// <c>Site export --out DIR [--posts DIR]</c>: writes the whole site into DIR as files a static host serves as they are
/// (see <see cref="StaticExport"/>), then prints what it wrote. The site runs in this process as it would serve, on
/// Kestrel at a free loopback port, and each address is asked for over HTTP: every file then holds exactly the bytes
/// the server sends, through the same middleware, with nothing rendered a second way. Exits 0 when every address was
/// written, 1 when one was not (or the posts could not be read, or DIR holds something else), 2 for a bad command line.
/// </summary>
public static class ExportCommand
{
    public const string Usage = "usage: Site export --out DIR [--posts DIR]";

    private const string OutName = "--out";

    /// <summary>Before the site is built: the posts folder given, a free loopback port, no lines about listening.</summary>
    public static void Configure(WebApplicationBuilder builder, IReadOnlyList<string> args)
    {
        if (PostsArgument.In(args) is { } posts) builder.Configuration[$"{SiteOptions.Section}:{nameof(SiteOptions.PostsPath)}"] = Path.GetFullPath(posts);
        builder.Configuration["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
    }

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> args, TextWriter output)
    {
        string? outPath = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case OutName when i + 1 < args.Count: outPath = args[++i]; break;
                case PostsArgument.Name when i + 1 < args.Count: i++; break;
                default: return Misused($"unknown argument '{args[i]}'", output);
            }
        }
        if (outPath is null) return Misused($"say where to write the site with {OutName} DIR", output);

        var folder = Path.GetFullPath(outPath);
        if (!TryEmpty(folder, output)) return 1;

        await app.StartAsync();
        try
        {
            var store = app.Services.GetRequiredService<CatalogStore>();
            var stopping = app.Lifetime.ApplicationStopping;
            while (!store.IsLoaded && !stopping.IsCancellationRequested) await Task.Delay(10, CancellationToken.None);
            if (!store.IsLoaded) return 1; // the build failed, and the log says why
            // Every page names its images' variants: they are made before anything is written, so that each is there.
            await app.Services.GetRequiredService<ImageVariantWorker>().WhenIdleAsync(stopping);

            using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(app.Urls.First()) };
            var export = new StaticExport(client, store.Current, app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.PageSize, app.Services.GetRequiredService<SiteUrls>());
            var summary = await export.WriteAsync(folder, AssetPaths(app), stopping);
            Report(summary, ShownPath.Of(folder), app.Services.GetRequiredService<SiteUrls>().BasePath, output);
            return summary.Failures.Count > 0 ? 1 : 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>The addresses of the build's static files as ASP.NET maps them: each at its name and its fingerprinted name.</summary>
    private static IEnumerable<string> AssetPaths(WebApplication app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(path => !path.Contains('{', StringComparison.Ordinal));

    /// <summary>
    /// A missing or empty folder is used; one a previous export wrote (it holds the nginx include) is emptied, so that
    /// nothing removed from the site since stays served; any other is left alone.
    /// </summary>
    private static bool TryEmpty(string folder, TextWriter output)
    {
        if (!Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any()) return true;
        if (!File.Exists(Path.Combine(folder, NginxConfig.Folder, NginxConfig.SiteFile)))
        {
            output.WriteLine($"{ShownPath.Of(folder)} holds files that no export wrote: give an empty or new folder");
            return false;
        }
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry is DirectoryInfo directory) directory.Delete(recursive: true);
            else entry.Delete();
        }
        return true;
    }

    private static void Report(ExportSummary summary, string folder, string basePath, TextWriter output)
    {
        foreach (var failure in summary.Failures) output.WriteLine($"error: not written: {failure}");
        output.WriteLine($"{folder}: {Plural.Of(summary.Pages, "page")} (feeds, sitemap, robots.txt and 404.html among them), {Plural.Of(summary.Files, "file")}");
        output.WriteLine($"{Plural.Of(summary.Redirects, "redirect")} in {NetlifyRedirects.FileName} (old addresses) and {NginxConfig.Folder}/{NginxConfig.RedirectsFile} (all), " +
                         $"{Plural.Of(summary.RedirectPages, "HTML page")} at old addresses; nginx: include {NginxConfig.Folder}/{NginxConfig.SiteFile} in " +
                         (basePath.Length == 0 ? "the server" : $"the location {basePath}/ whose alias is the folder"));
        if (summary.ServerOnly.Count > 0)
            output.WriteLine($"not exported, as only the running site can answer them: {string.Join(", ", summary.ServerOnly)}");
    }

    private static int Misused(string problem, TextWriter output)
    {
        output.WriteLine(problem);
        output.WriteLine(Usage);
        return 2;
    }
}
