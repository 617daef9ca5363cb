namespace Site.Web;

/// <summary>
/// Tells open browser tabs that the content changed, so that they reload by themselves while an author writes.
/// The endpoints and the script exist in Development only; elsewhere a reload reaches no tab.
/// </summary>
public sealed class LiveReload
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Wakes every tab that is waiting.</summary>
    public void Notify() => Interlocked.Exchange(ref _changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    private Task NextChange => Volatile.Read(ref _changed).Task;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SiteRoutes.LiveReloadScript.Template, (SiteUrls urls) => Results.Text(
            $$"""new EventSource("{{urls.Local(SiteRoutes.LiveReloadEvents.Path)}}").addEventListener("reload", () => location.reload());""",
            "text/javascript; charset=utf-8"));
        endpoints.MapGet(SiteRoutes.LiveReloadEvents.Template, async (HttpContext context, LiveReload reload, IHostApplicationLifetime lifetime) =>
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
            context.Response.ContentType = "text/event-stream";
            context.Response.Headers.CacheControl = "no-store";
            // Subscribed before the tab hears "connected", so that no change after that can be missed.
            var change = reload.NextChange;
            await context.Response.WriteAsync(": connected\n\n", stop.Token);
            await context.Response.Body.FlushAsync(stop.Token);
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await change.WaitAsync(stop.Token);
                    change = reload.NextChange;
                    await context.Response.WriteAsync("event: reload\ndata: changed\n\n", stop.Token);
                    await context.Response.Body.FlushAsync(stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The tab closed or the site is stopping.
            }
        });
    }
}
