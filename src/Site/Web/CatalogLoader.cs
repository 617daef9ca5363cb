using System.Diagnostics;
using Microsoft.Extensions.Options;
using Site.Content.Reading;

namespace Site.Web;

/// <summary>Makes a catalog from a posts folder: <see cref="CatalogBuilder.Build"/>, or a stand-in a test gives.</summary>
public delegate PostCatalog BuildCatalog(CatalogSource source, DateTimeOffset now);

/// <summary>Builds the catalog from the configured folders, logs what it found and swaps it into the store.</summary>
public sealed class CatalogLoader(
    IOptions<SiteOptions> options, IWebHostEnvironment environment, TimeProvider clock, CatalogStore store, BuildCatalog build,
    SiteImages images, ImageVariantWorker variants, ILogger<CatalogLoader> logger)
{
    private readonly Lock _loading = new();

    public string PostsPath { get; } = ContentFolders.PostsFolder(options.Value, environment);

    public TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>Why the posts folder could not be read when the served catalog was made, if it could not.</summary>
    public string? FolderProblem { get; private set; }

    /// <summary>
    /// Whether the site may start, decided before it listens. A posts folder that is missing or unreadable is one log
    /// line, then, by <c>Site:MissingPostsFolder</c>, false (the caller exits) or an empty site served at once.
    /// </summary>
    public bool MayStart()
    {
        if (PostReader.FolderProblem(PostsPath) is not { } problem) return true;
        var policy = options.Value.MissingPostsFolder;
        if (policy == MissingPostsFolder.Exit)
        {
            logger.LogCritical("Posts folder {PostsPath} {Problem} (Site:PostsPath): stopping, as Site:MissingPostsFolder is Exit",
                PostsPath, problem);
            return false;
        }
        logger.LogError("Posts folder {PostsPath} {Problem} (Site:PostsPath): serving an empty site, as Site:MissingPostsFolder is Empty",
            PostsPath, problem);
        FolderProblem = $"posts folder {problem}";
        store.Replace(PostCatalog.Empty);
        return true;
    }

    /// <summary>
    /// Builds and swaps in a catalog. One build at a time: a New Year rebuild and a saved edit in Development could
    /// otherwise overlap, and the older build, finishing last, would hide the edit.
    /// </summary>
    public PostCatalog Load()
    {
        lock (_loading) return LoadNow();
    }

    /// <summary>
    /// Builds the catalog again while the site serves (a saved edit, a new year): when the posts folder cannot be read
    /// or the build fails, that is logged and the catalog being served stays. False then.
    /// </summary>
    /// <param name="reason">Why, for the log: "A new year in UTC".</param>
    public bool TryRebuild(string reason)
    {
        if (PostReader.FolderProblem(PostsPath) is { } problem)
        {
            logger.LogWarning("{Reason}, but the posts folder {PostsPath} {Problem}: the catalog built before stays served", reason, PostsPath, problem);
            return false;
        }
        try
        {
            Load();
            return true;
        }
        catch (Exception e)
        {
            // An exception leaving a background service stops the host: the site must keep serving.
            logger.LogError(e, "{Reason}: building the catalog failed; the catalog built before stays served", reason);
            return false;
        }
    }

    /// <summary>
    /// Finishes every body (highlighting, math) in the background once the catalog is served, so that readers seldom
    /// wait for it: a page asked for before its post is finished finishes it then. What that finds wrong is logged, and
    /// when it is done, how long it took: the work startup no longer waits for is still the machine's.
    /// </summary>
    private void Finish(PostCatalog catalog)
    {
        try
        {
            var stopwatch = Stopwatch.StartNew();
            foreach (var diagnostic in CatalogBuilder.Finish(catalog)) logger.LogWarning("{Diagnostic}", DiagnosticLine.Format(diagnostic));
            logger.LogInformation("Finished the HTML of {Count} posts and pages in {Milliseconds} ms", catalog.Published.Count, stopwatch.ElapsedMilliseconds);
            // Finishing (highlighting, math) leaves the heap committed at its peak, as the build does: give it back once.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        catch (Exception e)
        {
            // A page that asks for the body meets the same failure, as a 500 with its request id; the site keeps serving.
            logger.LogError(e, "Finishing the posts' HTML failed");
        }
    }

    private PostCatalog LoadNow()
    {
        var stopwatch = Stopwatch.StartNew();
        // The static files are listed again each time: one added to wwwroot/ since is one links may lead to.
        var catalog = build(ContentFolders.Source(options.Value, environment, images), clock.GetUtcNow());
        stopwatch.Stop();

        foreach (var diagnostic in catalog.Diagnostics)
        {
            var level = diagnostic.Severity switch { Severity.Error => LogLevel.Error, Severity.Warning => LogLevel.Warning, _ => LogLevel.Information };
            logger.Log(level, "{Diagnostic}", DiagnosticLine.Format(diagnostic));
        }
        logger.LogInformation(
            "Catalog built from {PostsPath}: {Posts} posts, {Pages} pages, {Skipped} skipped, {Warnings} warnings in {Milliseconds} ms",
            PostsPath, catalog.Posts.Count, catalog.Pages.Count,
            catalog.Diagnostics.Count(d => d.Severity == Severity.Error),
            catalog.Diagnostics.Count(d => d.Severity == Severity.Warning),
            stopwatch.ElapsedMilliseconds);
        // Asked for before the catalog is served, so that whoever waits for both (the static export) sees the work.
        foreach (var picture in catalog.Pictures) variants.Request(picture);
        store.Replace(catalog);
        _ = Task.Run(() => Finish(catalog));
        // What this build found of the folder, not what startup did: a folder that came back later makes the site healthy.
        // Said once when it happens: the health checks themselves log nothing per probe.
        var wasDegraded = FolderProblem is not null;
        FolderProblem = catalog.Diagnostics.FirstOrDefault(d => d.Path == PostsPath) is { } folder ? DiagnosticLine.Reason(folder) : null;
        if (wasDegraded && FolderProblem is null) logger.LogInformation("Posts folder {PostsPath} can be read again: the site is healthy", PostsPath);
        // Reading and rendering every post leaves the heap committed at its peak, about twice what the catalog keeps;
        // a site serves for days, so give it back once now (docs/benchmarks.md).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return catalog;
    }
}
