using Site.Content;

namespace Site.Web;

/// <summary>
/// A range that ends in <c>present</c> ends in the current year, which is settled when the catalog is built; a site
/// that serves for months would keep last year's. So at each New Year in <c>Site:TimeZone</c>, when a post says
/// <c>present</c>, the catalog is built again and swapped in, as a redeploy would.
/// </summary>
public sealed class NewYearRebuild(CatalogLoader loader, CatalogStore store, TimeProvider clock, ILogger<NewYearRebuild> logger)
    : BackgroundService
{
    // Task.Delay takes at most ~49 days; waking daily also follows a clock that was set while waiting.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                var newYear = NextNewYear(clock.GetUtcNow(), loader.Source.TimeZone);
                while (clock.GetUtcNow() is var now && now < newYear)
                    await Task.Delay(Min(newYear - now, LongestWait), clock, stoppingToken);

                var current = store.Current;
                if (!current.Posts.Concat(current.Pages).Any(post => post.Range?.UntilPresent == true)) continue;
                logger.LogInformation("A new year in {TimeZone}: building the catalog again, so that ranges until 'present' reach it", loader.Source.TimeZone.Id);
                try
                {
                    loader.Load();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // An exception leaving a background service stops the host: the site must keep serving.
                    logger.LogError(e, "Building the catalog at New Year failed; the catalog before it stays served");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>The first moment of the year after the one <paramref name="now"/> is in, in <paramref name="zone"/>.</summary>
    public static DateTimeOffset NextNewYear(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = new DateTime(local.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight));
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
