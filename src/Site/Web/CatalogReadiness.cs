using Microsoft.AspNetCore.StaticAssets;

namespace Site.Web;

/// <summary>
/// While the first catalog is built, every page answers 503 with <c>Retry-After</c>, since none could be answered
/// right; static files and <c>/healthz</c> (which says Unhealthy) answer as ever.
/// </summary>
public sealed class CatalogReadiness(RequestDelegate next, CatalogStore store)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (store.IsLoaded || context.Request.Path == SiteRoutes.Health.Path || context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
            return next(context);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("The site is starting: its posts are being read. Try again in a moment.\n");
    }
}
