using System.Runtime.CompilerServices;

namespace Site.Content.Images;

/// <summary>One candidate of a <c>srcset</c>: an address and the width in pixels of the image there.</summary>
public sealed record SrcSetCandidate(string Url, int Width);

/// <summary>
/// How a page shows a local image: its width and height from the file, and the candidates a browser chooses from by
/// the width it will display: WebP at <see cref="Widths"/> (never wider than the file), and the same widths in the
/// file's own kind of format (PNG for PNG and GIF, JPEG for JPEG) for a browser without WebP. The file itself stands
/// for the width it has; one wider than the widest variant is never sent where the image has a <c>srcset</c>.
/// An image sent as it is (<see cref="ImageFile.NotResized"/>) has no candidates, only its size when known.
/// </summary>
public sealed record ResponsiveImage(ImageFile File, string Src, IReadOnlyList<SrcSetCandidate> WebP, IReadOnlyList<SrcSetCandidate> Fallback, IReadOnlyList<ImageVariant> Variants)
{
    /// <summary>
    /// From a phone's column at 1x (360) to a desktop's at 2x and more (1600: the body column is 632 CSS pixels wide),
    /// each step within twice the one before, so that no image is sent much wider than the width it is shown at.
    /// </summary>
    public static readonly IReadOnlyList<int> Widths = [360, 720, 1080, 1600];

    /// <summary>
    /// One per file of a catalog build (<see cref="ImageFolders"/> gives one <see cref="ImageFile"/> per path): ten thousand
    /// posts that show one preview image share its candidates' strings.
    /// </summary>
    private static readonly ConditionalWeakTable<ImageFile, ResponsiveImage> Made = [];

    public static ResponsiveImage For(ImageFile file) => Made.GetValue(file, Make);

    private static ResponsiveImage Make(ImageFile file)
    {
        var original = SitePath.Encode(file.SitePath);
        if (!file.IsResized || file.Format is not { } format) return new ResponsiveImage(file, original, [], [], []);

        var widths = Widths.Where(width => width < file.Width).ToList();
        if (file.Width <= Widths[^1]) widths.Add(file.Width);
        var fallbackFormat = format switch { ImageFormat.Jpeg => ImageFormat.Jpeg, ImageFormat.Webp => ImageFormat.Webp, _ => ImageFormat.Png };
        var variants = new List<ImageVariant>();

        List<SrcSetCandidate> Candidates(ImageFormat to) => [.. widths.Select(width =>
        {
            // The file itself, where it is what the variant would be.
            if (width == file.Width && to == fallbackFormat) return new SrcSetCandidate(original, width);
            var variant = new ImageVariant(file.Version, width, to);
            variants.Add(variant);
            return new SrcSetCandidate(variant.UrlOf(file), width);
        })];

        var webP = Candidates(ImageFormat.Webp);
        var fallback = fallbackFormat == ImageFormat.Webp ? [] : Candidates(fallbackFormat);
        return new ResponsiveImage(file, (fallback.Count > 0 ? fallback : webP)[^1].Url, webP, fallback, variants);
    }

    public int Width => File.Width;

    public int Height => File.Height;
}
