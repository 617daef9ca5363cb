using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Site.Content.Reading;

namespace Site.Content.Images;

/// <summary>
/// The images of one catalog build, found where the site serves them: <c>wwwroot/</c> first, then the posts folder.
/// Each is looked up once per build (thousands of posts may show one preview image), its header through
/// <see cref="ImageHeaders"/>. Its version is a hash of its site path, length and modification time, which costs no
/// read of the file: hashing the content of every image would delay the first page by the time it takes to read them
/// all (docs/images.md); the variants' cache folder is keyed by the content hash instead, when they are made.
/// </summary>
/// <param name="wwwrootFile">The full path of the file of <c>wwwroot/</c> at a site path; null when it has none.</param>
/// <param name="excludes">What <c>_config.yml</c> excludes: not served, so no image of the site either.</param>
public sealed class ImageFolders(Func<string, string?> wwwrootFile, string postsPath, ImageHeaders headers, JekyllExcludes excludes) : IImageFiles
{
    private readonly ConcurrentDictionary<string, ImageFile?> _found = new(StringComparer.Ordinal);

    public ImageFile? Find(string sitePath) => _found.GetOrAdd(sitePath, Read);

    /// <summary>The file served at <paramref name="sitePath"/>; null when there is none.</summary>
    public string? FullPathOf(string sitePath)
    {
        if (wwwrootFile(sitePath) is { } inWwwroot) return inWwwroot;
        var relative = sitePath.TrimStart('/');
        return ServedFiles.FullPathOf(postsPath, relative, excludes) is { } full && File.Exists(full) ? full : null;
    }

    private ImageFile? Read(string sitePath)
    {
        // A pipe, socket or device named like an image would block or fail the header's read: it is no image.
        if (FullPathOf(sitePath) is not { } full || !RegularFile.CanRead(full)) return null;
        var file = new FileInfo(full);
        var header = headers.Of(file);
        return new ImageFile(sitePath, header.Width, header.Height, file.Length, VersionOf(sitePath, file), header.Format, header.NotResized);
    }

    /// <summary>Twelve hex digits (48 bits): distinct for every file a site has, and short in a URL.</summary>
    public static string VersionOf(string sitePath, FileInfo file)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{sitePath}\n{file.Length}\n{file.LastWriteTimeUtc.Ticks}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
    }
}
