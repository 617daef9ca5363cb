namespace Site.Web;

/// <summary>
/// Builds the first catalog while the server starts listening: until it is served, <see cref="CatalogReadiness"/>
/// answers 503 and <c>/healthz</c> is Unhealthy, so that a load balancer or orchestrator waits for it. A build that
/// throws stops the site, which then exits with code 1, as a site that cannot read its posts should.
/// </summary>
public sealed class CatalogStartup(CatalogLoader loader, CatalogStore store, IHostApplicationLifetime lifetime, ILogger<CatalogStartup> logger)
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
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogCritical(e, "Building the catalog failed: stopping");
            Failed = true;
            lifetime.StopApplication();
        }
    }
}
