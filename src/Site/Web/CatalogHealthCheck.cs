using Microsoft.Extensions.Diagnostics.HealthChecks;
using Site.Content;

namespace Site.Web;

/// <summary>Healthy once the catalog is loaded; <c>/healthz</c> answers 503 before.</summary>
public sealed class CatalogHealthCheck(CatalogStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.IsLoaded
            ? HealthCheckResult.Healthy($"{store.Current.Posts.Count} posts")
            : HealthCheckResult.Unhealthy("catalog not loaded yet"));
}
