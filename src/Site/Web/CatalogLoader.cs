using System.Diagnostics;
using Microsoft.Extensions.Options;
using Site.Content;

namespace Site.Web;

/// <summary>Builds the catalog from the configured posts folder, logs what it found and puts it in the store.</summary>
public sealed class CatalogLoader(
    IOptions<SiteOptions> options, IWebHostEnvironment environment, TimeProvider clock, CatalogStore store, ILogger<CatalogLoader> logger)
{
    public void Load()
    {
        var site = options.Value;
        var source = new CatalogSource(
            PostsPath: Path.GetFullPath(site.PostsPath, environment.ContentRootPath),
            StaticFilesPath: environment.WebRootPath,
            TimeZone: TimeZoneInfo.FindSystemTimeZoneById(site.TimeZone),
            MaxPostBytes: site.MaxPostBytes,
            SiteUrl: site.BaseUrl);

        var stopwatch = Stopwatch.StartNew();
        var catalog = CatalogBuilder.Build(source, clock.GetUtcNow());
        stopwatch.Stop();

        foreach (var diagnostic in catalog.Diagnostics)
        {
            if (diagnostic.Severity == Severity.Error) logger.LogError("{Diagnostic}", diagnostic);
            else logger.LogWarning("{Diagnostic}", diagnostic);
        }
        logger.LogInformation(
            "Catalog built from {PostsPath}: {Posts} posts, {Pages} pages, {Skipped} skipped, {Warnings} warnings in {Milliseconds} ms",
            source.PostsPath, catalog.Posts.Count, catalog.Pages.Count,
            catalog.Diagnostics.Count(d => d.Severity == Severity.Error),
            catalog.Diagnostics.Count(d => d.Severity == Severity.Warning),
            stopwatch.ElapsedMilliseconds);
        store.Replace(catalog);
    }
}
