using System.Globalization;
using System.Text;

namespace Site.Content.Images;

/// <summary>
/// One resized copy of a local image, at a width and in a format, named by the image's version:
/// <c>/variants/ml-pipeline-preview.3fa9c2d1e0b4.720.webp</c>. The name begins with the file's own name, for whoever
/// reads it; the version alone finds the file.
/// </summary>
public sealed record ImageVariant(string Version, int Width, ImageFormat Format)
{
    /// <summary>The address of this variant of <paramref name="image"/>.</summary>
    public string UrlOf(ImageFile image) =>
        SiteRoutes.ImageVariant.For(string.Create(CultureInfo.InvariantCulture, $"{Stem(image.SitePath)}.{Version}.{Width}.{ExtensionOf(Format)}"));

    /// <summary>The variant a name of <see cref="UrlOf"/> stands for; false for any other name.</summary>
    public static bool TryParse(string name, out ImageVariant variant)
    {
        variant = null!;
        var parts = name.Split('.');
        if (parts.Length < 4 || parts[^3].Length != 12 || !parts[^3].All(char.IsAsciiHexDigitLower)) return false;
        if (!int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var width) || width <= 0) return false;
        if (Formats.Where(f => ExtensionOf(f) == parts[^1]).Select(f => (ImageFormat?)f).FirstOrDefault() is not { } format) return false;
        variant = new ImageVariant(parts[^3], width, format);
        return true;
    }

    public static string ExtensionOf(ImageFormat format) => format switch
    {
        ImageFormat.Png => "png",
        ImageFormat.Jpeg => "jpg",
        ImageFormat.Gif => "gif",
        _ => "webp",
    };

    public static string ContentTypeOf(ImageFormat format) => format switch
    {
        ImageFormat.Png => "image/png",
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Gif => "image/gif",
        _ => "image/webp",
    };

    private static readonly ImageFormat[] Formats = Enum.GetValues<ImageFormat>();

    /// <summary>The file's name without its extension, in letters, digits and <c>-</c>, at most 60 of them: nothing to encode in a URL.</summary>
    private static string Stem(string sitePath)
    {
        var name = Path.GetFileNameWithoutExtension(sitePath[(sitePath.LastIndexOf('/') + 1)..]).ToLowerInvariant();
        var stem = new StringBuilder(Math.Min(name.Length, 60));
        foreach (var character in name)
        {
            if (stem.Length == 60) break;
            var kept = char.IsAsciiLetterOrDigit(character) ? character : '-';
            if (kept != '-' || stem.Length > 0 && stem[^1] != '-') stem.Append(kept);
        }
        var trimmed = stem.ToString().TrimEnd('-');
        return trimmed.Length > 0 ? trimmed : "image";
    }
}
