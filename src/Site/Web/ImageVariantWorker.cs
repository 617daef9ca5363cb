using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;

namespace Site.Web;

/// <summary>
/// Makes the variants of images in the background, one image at a time (the machine's other core keeps serving): those
/// of every image a new catalog shows, and any a reader asks for that is not made yet. An image that cannot be decoded
/// is logged once and left as it is, and so is a cache folder that cannot be written; the site goes on sending the
/// file itself.
/// </summary>
public sealed class ImageVariantWorker(ImageVariantCache cache, SiteImages images, ILogger<ImageVariantWorker> logger) : BackgroundService
{
    private readonly Channel<ResponsiveImage> _queue = Channel.CreateUnbounded<ResponsiveImage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _queued = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _failed = new(StringComparer.Ordinal);
    private int _outstanding;
    private int _cacheProblemLogged;

    /// <summary>Asks for the variants of <paramref name="picture"/> that are not made; nothing when it is queued already.</summary>
    public void Request(ResponsiveImage picture)
    {
        if (_failed.ContainsKey(picture.File.Version) || !_queued.TryAdd(picture.File.Version, 0)) return;
        Interlocked.Increment(ref _outstanding);
        _queue.Writer.TryWrite(picture);
    }

    /// <summary>Waits until every image asked for is done (the static export, which must write the variants themselves).</summary>
    public async Task WhenIdleAsync(CancellationToken cancellation)
    {
        while (Volatile.Read(ref _outstanding) > 0) await Task.Delay(20, cancellation);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var picture in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                // The encoders run in native code on this thread: off the request threads, one image at a time.
                await Task.Run(() => Make(picture), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _failed.TryAdd(picture.File.Version, 0);
                logger.LogWarning(e, "Making the variants of {Image} failed: the file is sent as it is", picture.File.SitePath);
            }
            finally
            {
                _queued.TryRemove(picture.File.Version, out _);
                Interlocked.Decrement(ref _outstanding);
            }
        }
    }

    private void Make(ResponsiveImage picture)
    {
        if (images.FullPathOf(picture.File.SitePath) is not { } full) return;
        var source = new FileInfo(full);
        // A file changed since the catalog was built is made when a catalog that knows it asks.
        if (ImageFolders.VersionOf(picture.File.SitePath, source) != picture.File.Version) return;
        var hash = cache.HashOf(source);
        List<(ImageVariant, string)> missing = [.. picture.Variants.Select(variant => (variant, cache.PathOf(hash, variant))).Where(output => !File.Exists(output.Item2))];
        if (missing.Count == 0) return;

        var clock = Stopwatch.StartNew();
        bool made;
        try
        {
            made = VariantMaker.Make(full, missing, images.Headers.MaxPixels);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Said once: a read-only file system without a volume for the cache fails the same way for every image.
            if (Interlocked.Exchange(ref _cacheProblemLogged, 1) == 0)
                logger.LogWarning("Resized images cannot be written to {Folder} ({Reason}): images are sent as they are until they can (Site:CachePath)",
                    cache.Folder, e.Message);
            return;
        }
        if (!made)
        {
            _failed.TryAdd(picture.File.Version, 0);
            logger.LogWarning("{Image} could not be decoded: it is sent as it is", picture.File.SitePath);
            return;
        }
        logger.LogInformation("Made {Count} variants of {Image} in {Milliseconds} ms", missing.Count, picture.File.SitePath, clock.ElapsedMilliseconds);
    }
}
