using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>
/// Counts the responses under way, so that a shutdown that had to cut some (still going when
/// <c>Site:ShutdownTimeoutSeconds</c> ran out) says so in its log and its exit code, instead of exiting as if all went
/// well. Kestrel ends a response it aborts as if it had been sent, so what counts is the clock: a response that ends
/// after the deadline, or never, was cut.
/// </summary>
public sealed class ShutdownReport(IOptions<HostOptions> host, ILogger<ShutdownReport> logger) : IHostedLifecycleService
{
    private int _underWay;
    private int _endedLate;
    private volatile bool _pastDeadline;

    /// <summary>How many responses the shutdown cut; known once the host has stopped.</summary>
    public int Cut { get; private set; }

    public async Task Track(HttpContext context, RequestDelegate next)
    {
        Interlocked.Increment(ref _underWay);
        try
        {
            await next(context);
        }
        finally
        {
            if (_pastDeadline) Interlocked.Increment(ref _endedLate);
            Interlocked.Decrement(ref _underWay);
        }
    }

    /// <summary>The host starts its shutdown timeout as it calls this.</summary>
    public Task StoppingAsync(CancellationToken cancellationToken)
    {
        _ = Task.Delay(host.Value.ShutdownTimeout, CancellationToken.None).ContinueWith(_ => _pastDeadline = true, TaskScheduler.Default);
        return Task.CompletedTask;
    }

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        Cut = Volatile.Read(ref _endedLate) + Volatile.Read(ref _underWay);
        if (Cut > 0)
        {
            logger.LogWarning("Stopped with {Cut} responses cut short: they took longer than Site:ShutdownTimeoutSeconds ({Seconds} s)",
                Cut, host.Value.ShutdownTimeout.TotalSeconds);
        }
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
