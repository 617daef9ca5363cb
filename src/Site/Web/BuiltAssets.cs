using System.Globalization;
using Microsoft.AspNetCore.StaticAssets;

namespace Site.Web;

/// <summary>
/// The static files as the build described them (ASP.NET's static assets manifest: each file's length and time, and
/// its compressed copies), against the files on disk now. A file of <c>wwwroot/</c> replaced after the build (a mounted
/// folder with the author's own <c>favicon.svg</c>) no longer matches its description: answered as built, it would be
/// cut at the old length (a 500) or answered with the old file's compressed copy.
/// </summary>
public sealed class BuiltAssets
{
    private readonly string? _folder;
    private readonly Dictionary<string, (long Length, DateTime Modified)> _described;

    public BuiltAssets(string? folder, IEnumerable<Endpoint> endpoints)
    {
        _folder = folder;
        _described = endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>())
            .OfType<StaticAssetDescriptor>()
            .Where(asset => asset.Selectors.Count == 0)
            .DistinctBy(asset => asset.AssetPath)
            .ToDictionary(asset => asset.AssetPath, Described);
    }

    /// <summary>
    /// The file, relative to the static files' folder, that answers <paramref name="endpoint"/> when it is a built asset
    /// whose file changed since the build; null when the endpoint is no built asset or its file is as built.
    /// </summary>
    public string? ChangedFileOf(Endpoint endpoint)
    {
        if (_folder is null || endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not { } asset) return null;
        // A compressed copy's endpoint names the copy: the file it was made from is the one the author may have replaced.
        var file = asset.Selectors.Count == 0 ? asset.AssetPath : Path.ChangeExtension(asset.AssetPath, null);
        if (!_described.TryGetValue(file, out var described)) return null;
        var onDisk = new FileInfo(Path.Combine(_folder, file));
        return onDisk.Exists && (onDisk.Length != described.Length || ToSeconds(onDisk.LastWriteTimeUtc) != described.Modified) ? file : null;
    }

    private static (long Length, DateTime Modified) Described(StaticAssetDescriptor asset)
    {
        string? Header(string name) => asset.ResponseHeaders.FirstOrDefault(header => header.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;
        var length = long.TryParse(Header("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : -1;
        var modified = DateTimeOffset.TryParse(Header("Last-Modified"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var m) ? m.UtcDateTime : default;
        return (length, ToSeconds(modified));
    }

    // Last-Modified carries whole seconds.
    private static DateTime ToSeconds(DateTime time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
}
