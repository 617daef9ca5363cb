using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>
/// Builds the first catalog while the server starts listening: until it is served, <see cref="CatalogReadiness"/>
/// answers 503 and <c>/healthz</c> is Unhealthy, so that a load balancer or orchestrator waits for it. A build that
/// throws, or finds no post it may open under <c>Site:MissingPostsFolder=Exit</c>, stops the site, which then exits with
/// code 1, as a site that cannot read its posts should.
/// </summary>
public sealed class CatalogStartup(
    CatalogLoader loader, CatalogStore store, IOptions<SiteOptions> options, IHostApplicationLifetime lifetime, ILogger<CatalogStartup> logger)
    : BackgroundService
{
    /// <summary>Whether the first build failed and stopped the site.</summary>
    public bool Failed { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // An empty site (Site:MissingPostsFolder=Empty) is already served.
        if (store.IsLoaded) return;
        try
        {
            await Task.Run(loader.Load, stoppingToken);
            // A folder that could be entered but whose posts could not be opened (their permissions) is found only now.
            if (loader.FolderProblem is { } problem && options.Value.MissingPostsFolder == MissingPostsFolder.Exit)
            {
                logger.LogCritical("Posts folder {PostsPath}: {Problem}: stopping, as Site:MissingPostsFolder is Exit", loader.PostsPath, problem);
                Failed = true;
                lifetime.StopApplication();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogCritical(e, "Building the catalog failed: stopping");
            Failed = true;
            lifetime.StopApplication();
        }
    }
}
