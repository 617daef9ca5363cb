using Microsoft.Extensions.Options;
using System.Threading.Channels;

namespace Site.Web;

/// <summary>
/// In Development, watches the posts folder and wwwroot/: a saved change rebuilds the catalog in the background and
/// swaps it in whole (a file with a new error is reported and skipped, the rest stays served), then open tabs reload.
/// A burst of saves (an editor writing a temp file, then renaming) rebuilds once.
/// </summary>
public sealed class ContentWatcher(
    CatalogLoader loader, LiveReload reload, IOptions<SiteOptions> options, IWebHostEnvironment environment, ILogger<ContentWatcher> logger)
    : BackgroundService
{
    private readonly TimeSpan _quiet = TimeSpan.FromMilliseconds(options.Value.ReloadQuietMilliseconds);
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var posts = Watch(loader.PostsPath);
        using var staticFiles = ContentFolders.StaticFilesFolder(environment) is { } wwwroot ? Watch(wwwroot) : null;
        logger.LogInformation("Watching {PostsPath} for changes", loader.PostsPath);

        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken))
            {
                do
                {
                    while (_changes.Reader.TryRead(out _)) { }
                    await Task.Delay(_quiet, stoppingToken);
                } while (_changes.Reader.TryPeek(out _));

                if (loader.TryRebuild("A saved change")) reload.Notify();
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
        FileSystemEventHandler changed = (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }
}
