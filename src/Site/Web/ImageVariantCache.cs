using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>
/// Where the variants of images are kept (<c>Site:CachePath</c>): a folder per image named by the SHA-256 of its
/// content, a file per variant in it (<c>{hash}/720.webp</c>), so that a file that comes back as it was, a copy of it at
/// another path, or a restart with the folder kept, makes nothing twice. The content hash of each file (by path, length
/// and modification time) is computed once, when its variants are first wanted, never while the catalog is built.
/// </summary>
public sealed class ImageVariantCache(IOptions<SiteOptions> options, IWebHostEnvironment environment)
{
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Modified), string> _hashes = new();

    public string Folder { get; } = options.Value.CachePath is { Length: > 0 } configured
        ? Path.GetFullPath(configured, environment.ContentRootPath)
        : Path.Combine(Path.GetTempPath(), "site-images");

    /// <summary>The variant of <paramref name="source"/> when it is made; null when not, or when the file's content was not hashed yet.</summary>
    public string? Find(FileInfo source, ImageVariant variant) =>
        _hashes.TryGetValue(KeyOf(source), out var hash) && PathOf(hash, variant) is var path && File.Exists(path) ? path : null;

    /// <summary>Where the variant of the content with this hash is kept.</summary>
    public string PathOf(string contentHash, ImageVariant variant) =>
        Path.Combine(Folder, contentHash, $"{variant.Width}.{ImageVariant.ExtensionOf(variant.Format)}");

    /// <summary>The hash of the file's content (128 bits of SHA-256, hex), read once while the file stays the same.</summary>
    public string HashOf(FileInfo source) => _hashes.GetOrAdd(KeyOf(source), key =>
    {
        using var file = File.OpenRead(key.Path);
        return Convert.ToHexStringLower(SHA256.HashData(file))[..32];
    });

    private static (string, long, DateTime) KeyOf(FileInfo source) => (source.FullName, source.Length, source.LastWriteTimeUtc);
}
