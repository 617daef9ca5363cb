namespace Site.Web;

/// <summary>
/// A range that ends in <c>present</c> ends in the current year, which is settled when the catalog is built; a site
/// that serves for months would keep last year's. So at each New Year in <c>Site:TimeZone</c> the catalog is built
/// again and swapped in, as a redeploy would: one build a year, for every post (those still scheduled included). When
/// the posts folder cannot be read then, or the build fails, the catalog being served stays, and an hour later it is
/// tried again.
/// </summary>
public sealed class NewYearRebuild(CatalogLoader loader, CatalogStore store, TimeProvider clock, ILogger<NewYearRebuild> logger)
    : BackgroundService
{
    // Task.Delay takes at most ~49 days; waking daily also follows a clock that was set while waiting.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromHours(1);

    private TimeZoneInfo Zone => loader.TimeZone;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The year after the one the served catalog was built in, not the one after now: a start whose build began
        // before midnight and whose service starts after it still gets its rebuild.
        var builtAt = store.Current.BuiltAt;
        var due = NextNewYear(builtAt == DateTimeOffset.MinValue ? clock.GetUtcNow() : builtAt, Zone);
        try
        {
            while (true)
            {
                while (clock.GetUtcNow() is var now && now < due)
                    await Task.Delay(Min(due - now, LongestWait), clock, stoppingToken);
                due = Rebuild() ? NextNewYear(clock.GetUtcNow(), Zone) : clock.GetUtcNow() + RetryAfter;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private bool Rebuild()
    {
        logger.LogInformation("A new year in {TimeZone}: building the catalog again, so that ranges until 'present' reach it", Zone.Id);
        if (loader.TryRebuild($"A new year in {Zone.Id}")) return true;
        logger.LogWarning("Trying again in an hour");
        return false;
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
