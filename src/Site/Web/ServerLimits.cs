using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>
/// Kestrel's limits, sized for a small host. Connections are capped below the files the process may open: past that,
/// every accept fails, and a flood of idle connections from one client could make the server fail without end instead
/// of turning the extra ones away. Idle connections and slow headers are dropped sooner than Kestrel's defaults; no
/// endpoint reads a body, so a large one is refused at once. The figures go to the log once the site is serving.
/// </summary>
public sealed partial class ServerLimits(IOptions<SiteOptions> site, ILogger<ServerLimits> logger) : IConfigureOptions<KestrelServerOptions>, IHostedService
{
    private (int Connections, long? OpenFiles) _chosen;

    public const int DefaultMaxConnections = 1000;

    /// <summary>
    /// Files kept besides those open when the limits are set (the runtime keeps every assembly it loaded open, ~300):
    /// assemblies still to load, posts being read, logs.
    /// </summary>
    private const int ReservedFiles = 128;

    private const string OpenFileLimits = "/proc/self/limits";
    private const string OpenFiles = "/proc/self/fd";

    public void Configure(KestrelServerOptions options)
    {
        options.AddServerHeader = false;
        var openFiles = OpenFileLimit();
        var connections = MaxConnections(site.Value.MaxConnections, openFiles, OpenNow());
        var limits = options.Limits;
        limits.MaxConcurrentConnections = connections;
        limits.MaxConcurrentUpgradedConnections = connections;
        limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
        limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        limits.MaxRequestBodySize = 64 * 1024;
        _chosen = (connections, openFiles);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Serving at most {Connections} connections at once (open files allowed: {OpenFiles})",
            _chosen.Connections, _chosen.OpenFiles?.ToString(CultureInfo.InvariantCulture) ?? "not known");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The configured maximum, or the default; never so many that the process could run out of files. Half of what is
    /// left goes to connections, half to what they ask for (a static file answered is one more open file).
    /// </summary>
    public static int MaxConnections(int? configured, long? openFileLimit, int openNow) =>
        (int)Math.Min(configured ?? DefaultMaxConnections,
            openFileLimit is { } files ? Math.Max(16, (files - openNow - ReservedFiles) / 2) : int.MaxValue);

    /// <summary>How many files the process has open now; 0 where that cannot be read.</summary>
    private static int OpenNow()
    {
        try
        {
            return Directory.Exists(OpenFiles) ? Directory.GetFiles(OpenFiles).Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The soft limit on open files (<c>ulimit -n</c>) from Linux's <c>/proc</c>; null where it cannot be read.</summary>
    public static long? OpenFileLimit()
    {
        try
        {
            var match = MaxOpenFiles().Match(File.ReadAllText(OpenFileLimits));
            return match.Success && long.TryParse(match.Groups["soft"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var soft) ? soft : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^Max open files\s+(?<soft>\d+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex MaxOpenFiles();
}
