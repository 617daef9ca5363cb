using System.Buffers.Binary;
using System.IO.Compression;
using SkiaSharp;

namespace Site.Tests.Support;

/// <summary>Images made when a test runs, so that no large file is kept in the repository.</summary>
public static class TestImages
{
    /// <summary>
    /// A picture of this size: circles on a gradient, which compress like a diagram; with <paramref name="grain"/>, a
    /// photo's sensor noise too, which a PNG keeps at several megabytes.
    /// </summary>
    public static byte[] Of(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png, int seed = 1, bool grain = false)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            using var gradient = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                [SKColors.Orange, SKColors.Teal, SKColors.Navy], SKShaderTileMode.Clamp);
            using var background = new SKPaint { Shader = gradient };
            canvas.DrawRect(0, 0, width, height, background);
            var random = new Random(seed);
            using var paint = new SKPaint { IsAntialias = true };
            for (var i = 0; i < 200; i++)
            {
                paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 160);
                canvas.DrawCircle(random.Next(width), random.Next(height), random.Next(width / 100 + 1, width / 10 + 2), paint);
            }
        }
        if (grain)
        {
            var random = new Random(seed);
            var pixels = bitmap.GetPixelSpan();
            for (var i = 0; i < pixels.Length; i++)
                if (i % 4 != 3) pixels[i] = (byte)Math.Clamp(pixels[i] + random.Next(-12, 13), 0, 255);
        }
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>
    /// A PNG of a few hundred bytes whose header declares <paramref name="width"/> x <paramref name="height"/> pixels: a
    /// decompression bomb, which would take width x height x 4 bytes if it were decoded.
    /// </summary>
    public static byte[] DeclaringPng(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per sample
        header[9] = 2; // RGB
        Chunk(png, "IHDR", header);
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(new byte[64 * 1024]);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeAndData = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        png.Write(number);
    }

    /// <summary>PNG's CRC-32 (ISO 3309), bit by bit: a few chunks, no table needed.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
