using System.Diagnostics.Metrics;

namespace Site.Web;

/// <summary>
/// The connections turned away at <c>Site:MaxConnections</c>, said in one line a minute at most. Kestrel warns once per
/// connection (<c>Microsoft.AspNetCore.Server.Kestrel.Connections</c>, event 24): a flood wrote 33,000 lines in 10 s,
/// so appsettings.json keeps that category to errors, and this counts Kestrel's <c>kestrel.rejected_connections</c>
/// of this host instead.
/// </summary>
public sealed class RejectedConnectionsLog(IMeterFactory meters, TimeProvider clock, ILogger<RejectedConnectionsLog> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    public const string KestrelMeter = "Microsoft.AspNetCore.Server.Kestrel";
    public const string RejectedConnections = "kestrel.rejected_connections";

    private long _rejected;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                // The site's own meters only: tests run several sites in one process.
                if (instrument.Meter.Name == KestrelMeter && instrument.Name == RejectedConnections && ReferenceEquals(instrument.Meter.Scope, meters))
                    listener.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _rejected, value));
        listener.Start();
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Report();
        }
        catch (OperationCanceledException)
        {
            // Stopping: what was counted since the last line is still said.
        }
        Report();
    }

    private void Report()
    {
        var rejected = Interlocked.Exchange(ref _rejected, 0);
        if (rejected > 0)
            logger.LogWarning("Turned away {Rejected} connections in the last minute: the limit of connections at once was reached (Site:MaxConnections)", rejected);
    }
}
