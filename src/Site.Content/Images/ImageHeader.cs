using SkiaSharp;

namespace Site.Content.Images;

/// <summary>
/// What an image file's header says, read without decoding its pixels: a file that declares more pixels than the site
/// resizes (a decompression bomb among them) is refused here, before anything is allocated for it.
/// </summary>
public sealed record ImageHeader(int Width, int Height, ImageFormat? Format, string? NotResized)
{
    /// <param name="maxPixels">The most pixels an image may have and still be resized.</param>
    public static ImageHeader Read(string fullPath, long maxPixels)
    {
        if (Path.GetExtension(fullPath).Equals(".svg", StringComparison.OrdinalIgnoreCase))
            return new ImageHeader(0, 0, null, "an SVG is sent as it is");
        try
        {
            using var codec = SKCodec.Create(fullPath);
            if (codec is null) return new ImageHeader(0, 0, null, "it cannot be decoded as an image");
            // A photo taken with the phone turned is stored on its side, and shown as its EXIF orientation says.
            var (width, height) = IsTransposed(codec.EncodedOrigin)
                ? (codec.Info.Height, codec.Info.Width)
                : (codec.Info.Width, codec.Info.Height);
            var format = codec.EncodedFormat switch
            {
                SKEncodedImageFormat.Png => ImageFormat.Png,
                SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
                SKEncodedImageFormat.Gif => ImageFormat.Gif,
                SKEncodedImageFormat.Webp => ImageFormat.Webp,
                _ => (ImageFormat?)null,
            };
            string? notResized = null;
            if (format is null) notResized = $"its format ({codec.EncodedFormat}) is sent as it is";
            else if (width <= 0 || height <= 0) notResized = "it declares no size";
            else if ((long)width * height > maxPixels) notResized = $"its {width}x{height} pixels are over the {maxPixels:N0} the site resizes";
            else if (codec.FrameCount > 1) notResized = "an animation is sent as it is";
            return new ImageHeader(width, height, format, notResized);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ImageHeader(0, 0, null, $"it cannot be read ({e.Message})");
        }
    }

    /// <summary>Whether an image stored with this EXIF orientation is shown with its width and height swapped.</summary>
    internal static bool IsTransposed(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
}
