using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Site.Web;

/// <summary>
/// Healthy once the catalog is loaded; <c>/healthz</c> answers 503 before. Degraded (still 200, as the operator chose to
/// serve it) when the site is empty because its posts folder could not be read.
/// </summary>
public sealed class CatalogHealthCheck(CatalogStore store, CatalogLoader loader) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !store.IsLoaded ? HealthCheckResult.Unhealthy("catalog not loaded yet")
            : loader.FolderProblem is { } problem ? HealthCheckResult.Degraded(problem)
            : HealthCheckResult.Healthy($"{store.Current.Posts.Count} posts"));
}
