using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Site.Web;

namespace Site.Tests.Web;

public sealed class RejectedConnectionsLogTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Connections_turned_away_are_one_line_a_minute_not_a_warning_each()
    {
        _folder.Post("a.md", "title: A");
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await using var site = new SiteFactory(_folder.PostsPath, clock: clock);
        _ = site.CreateClient();
        // The test server has no Kestrel: the site's meter factory gives the counter Kestrel counts on.
        var rejected = site.Services.GetRequiredService<IMeterFactory>().Create(RejectedConnectionsLog.KestrelMeter).CreateCounter<long>(RejectedConnectionsLog.RejectedConnections);

        for (var i = 0; i < 500; i++) rejected.Add(1);
        clock.Advance(RejectedConnectionsLog.Interval);

        await Eventually.TrueAsync(() => site.Logs.Any(line => line.Contains("Turned away 500 connections in the last minute", StringComparison.Ordinal)), "the line a minute");
        Assert.Single(site.Logs, line => line.Contains("Turned away", StringComparison.Ordinal));
        var kestrel = site.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Server.Kestrel.Connections");
        Assert.False(kestrel.IsEnabled(LogLevel.Warning));
        Assert.True(kestrel.IsEnabled(LogLevel.Error));
    }
}
