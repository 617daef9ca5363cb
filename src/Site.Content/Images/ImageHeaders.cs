using System.Collections.Concurrent;

namespace Site.Content.Images;

/// <summary>
/// The headers of image files, each read once while the file stays the same (same path, length and modification
/// time): a catalog built again after an edit reads only the images that changed. Kept for the life of the site.
/// </summary>
/// <param name="maxPixels">The most pixels an image may have and still be resized.</param>
public sealed class ImageHeaders(long maxPixels)
{
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), ImageHeader> _read = new();

    public long MaxPixels { get; } = maxPixels;

    public ImageHeader Of(FileInfo file) =>
        _read.GetOrAdd((file.FullName, file.Length, file.LastWriteTimeUtc), key => ImageHeader.Read(key.Path, MaxPixels));
}
