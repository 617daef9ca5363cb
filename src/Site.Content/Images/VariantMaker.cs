using SkiaSharp;

namespace Site.Content.Images;

/// <summary>
/// Makes the variants of one image: decodes it once, at the smallest scale its codec offers that still covers the widest
/// variant (JPEG decodes at 1/2, 1/4 or 1/8), so that memory stays near what the variants need; turns it upright as its
/// EXIF orientation says; then resizes it step by step, widest first, each from the one before (a step of at most
/// about half keeps the bicubic filter from aliasing), and encodes each. A file over the pixel limit is refused from
/// its header, before any pixel is allocated. Each variant is written beside its place and moved there, so that no
/// reader ever sees half a file.
/// </summary>
public static class VariantMaker
{
    private const int WebPQuality = 80;
    private const int JpegQuality = 82;

    /// <summary>Writes each variant to its path; false, with nothing written, when the file cannot be decoded or is over <paramref name="maxPixels"/>.</summary>
    public static bool Make(string fullPath, IReadOnlyList<(ImageVariant Variant, string Path)> outputs, long maxPixels)
    {
        if (outputs.Count == 0) return true;
        using var codec = SKCodec.Create(fullPath);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height > maxPixels) return false;

        var transposed = ImageHeader.IsTransposed(codec.EncodedOrigin);
        var widest = outputs.Max(output => output.Variant.Width);
        var uprightWidth = transposed ? codec.Info.Height : codec.Info.Width;
        var decodeScale = DecodeScale(codec, widest / (float)uprightWidth, transposed);
        var size = codec.GetScaledDimensions(decodeScale);
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var current = new SKBitmap(info);
        try
        {
            if (codec.GetPixels(info, current.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput)) return false;
            var aspect = codec.Info.Height / (double)codec.Info.Width; // of the stored image, before it is turned
            foreach (var (variant, path) in outputs.OrderByDescending(output => output.Variant.Width))
            {
                // Sizes in the stored orientation: a transposed image's displayed width is its stored height.
                var (width, height) = transposed
                    ? ((int)Math.Round(variant.Width / aspect), variant.Width)
                    : (variant.Width, (int)Math.Round(variant.Width * aspect));
                (width, height) = (Math.Max(1, width), Math.Max(1, height));
                if (width != current.Width || height != current.Height)
                {
                    var resized = Resize(current, width, height);
                    current.Dispose();
                    current = resized;
                }
                using var upright = Upright(current, codec.EncodedOrigin);
                Write(upright ?? current, variant.Format, path);
            }
            return true;
        }
        finally
        {
            current.Dispose();
        }
    }

    /// <summary>The smallest scale the codec decodes at whose width still covers <paramref name="wanted"/> of the image.</summary>
    private static float DecodeScale(SKCodec codec, float wanted, bool transposed)
    {
        foreach (var scale in (float[])[0.125f, 0.25f, 0.5f])
        {
            if (scale < wanted) continue;
            var size = codec.GetScaledDimensions(scale);
            var (full, scaled) = transposed ? (codec.Info.Height, size.Height) : (codec.Info.Width, size.Width);
            if (scaled >= full * wanted && scaled < full) return scale;
        }
        return 1;
    }

    /// <summary>Halves at most at each step, then lands on the size: a bicubic filter that skips more rows than it reads would alias.</summary>
    private static SKBitmap Resize(SKBitmap source, int width, int height)
    {
        var current = source;
        while (current.Width > width * 2 && current.Height > height * 2)
        {
            var half = current.Resize(new SKImageInfo(current.Width / 2, current.Height / 2, current.ColorType, current.AlphaType), Sampling)
                ?? throw new InvalidOperationException("resizing failed");
            if (current != source) current.Dispose();
            current = half;
        }
        var resized = current.Resize(new SKImageInfo(width, height, current.ColorType, current.AlphaType), Sampling)
            ?? throw new InvalidOperationException("resizing failed");
        if (current != source) current.Dispose();
        return resized;
    }

    private static readonly SKSamplingOptions Sampling = new(SKCubicResampler.Mitchell);

    private static void Write(SKBitmap bitmap, ImageFormat format, string path)
    {
        var (encoding, quality) = format switch
        {
            ImageFormat.Jpeg => (SKEncodedImageFormat.Jpeg, JpegQuality),
            ImageFormat.Webp => (SKEncodedImageFormat.Webp, WebPQuality),
            _ => (SKEncodedImageFormat.Png, 100),
        };
        using var data = bitmap.Encode(encoding, quality) ?? throw new InvalidOperationException($"encoding {format} failed");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var writing = path + "." + Guid.NewGuid().ToString("N") + ".part";
        using (var file = File.Create(writing)) data.SaveTo(file);
        File.Move(writing, path, overwrite: true);
    }

    /// <summary>The bitmap as it is meant to be seen, by its EXIF orientation; null when it already is.</summary>
    private static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft) return null;
        var transposed = ImageHeader.IsTransposed(origin);
        var (width, height) = transposed ? (bitmap.Height, bitmap.Width) : (bitmap.Width, bitmap.Height);
        var upright = new SKBitmap(new SKImageInfo(width, height, bitmap.ColorType, bitmap.AlphaType));
        using var canvas = new SKCanvas(upright);
        // Maps the stored image onto the upright one; EXIF's names say where the stored first row and column belong.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, width, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, width, -1, 0, height, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, height, 0, 0, 1), // LeftBottom
        };
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(bitmap, 0, 0);
        return upright;
    }
}
