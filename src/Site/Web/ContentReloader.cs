using Microsoft.Extensions.Options;
using System.Runtime.InteropServices;
using System.Threading.Channels;

namespace Site.Web;

/// <summary>
/// Rebuilds the catalog while the site runs and swaps it in whole (a file with a new error is reported and skipped, the
/// rest stays served), then tells open tabs to reload: when the posts folder or wwwroot/ changes, if the site watches
/// them (<see cref="SiteOptions.Watch"/>), and on each <c>SIGHUP</c>, which an operator sends when watching is off or
/// cannot see the changes (a network share, a container on another kernel). A burst of changes (an editor writing a
/// temporary file, then renaming it) rebuilds once.
/// </summary>
public sealed class ContentReloader(
    CatalogLoader loader, LiveReload reload, IOptions<SiteOptions> options, IWebHostEnvironment environment, ILogger<ContentReloader> logger)
    : BackgroundService
{
    private const string SavedChange = "A saved change";
    private const string HangUp = "SIGHUP";

    private readonly TimeSpan _quiet = TimeSpan.FromMilliseconds(options.Value.ReloadQuietMilliseconds);
    private readonly Channel<string> _requests = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Without a handler SIGHUP ends the process: cancelling it keeps the site serving while the rebuild runs here.
        using var hangUp = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGHUP, signal =>
        {
            signal.Cancel = true;
            _requests.Writer.TryWrite(HangUp);
        });
        var watching = options.Value.Watches(environment);
        using var posts = watching ? Watch(loader.PostsPath) : null;
        using var staticFiles = watching && ContentFolders.StaticFilesFolder(environment) is { } wwwroot ? Watch(wwwroot) : null;
        if (watching) logger.LogInformation("Watching {PostsPath} for changes", loader.PostsPath);

        try
        {
            while (await _requests.Reader.WaitToReadAsync(stoppingToken))
            {
                var reason = SavedChange;
                do
                {
                    while (_requests.Reader.TryRead(out var request)) if (request == HangUp) reason = HangUp;
                    await Task.Delay(_quiet, stoppingToken);
                } while (_requests.Reader.TryPeek(out _));

                logger.LogInformation("{Reason}: reading the content again", reason);
                if (loader.TryRebuild(reason)) reload.Notify();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private FileSystemWatcher? Watch(string folder)
    {
        if (!Directory.Exists(folder)) return null;
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        FileSystemEventHandler changed = (_, _) => _requests.Writer.TryWrite(SavedChange);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, _) => _requests.Writer.TryWrite(SavedChange);
        // Too many changes at once, or the system's limit of watched folders reached: changes are being missed.
        watcher.Error += (_, e) =>
        {
            logger.LogWarning("Watching {Folder} missed changes ({Problem}): the site rebuilds now; send SIGHUP to rebuild again", folder, e.GetException().Message);
            _requests.Writer.TryWrite(SavedChange);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
