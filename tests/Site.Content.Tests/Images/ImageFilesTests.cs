using SkiaSharp;

namespace Site.Content.Tests.Images;

/// <summary>Image files read from their headers, and their variants made, on real files made by the test.</summary>
public sealed class ImageFilesTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();
    private readonly ImageHeaders _headers = new(50_000_000);

    public void Dispose() => _folder.Dispose();

    private ImageFolders Folders => new(sitePath => null, _folder.PostsPath, _headers, JekyllConfig.Read(_folder.PostsPath).Excludes);

    [Fact]
    public void A_file_is_known_by_its_header_and_versioned_by_its_path_length_and_time()
    {
        var full = _folder.WriteBytes("assets/img/chart.png", TestImages.Of(1200, 800));

        var image = Folders.Find("/assets/img/chart.png")!;
        Assert.Equal((1200, 800, ImageFormat.Png, true), (image.Width, image.Height, image.Format, image.IsResized));
        Assert.Equal(new FileInfo(full).Length, image.Length);
        Assert.Matches("^[0-9a-f]{12}$", image.Version);

        File.SetLastWriteTimeUtc(full, DateTime.UtcNow.AddMinutes(1));
        Assert.NotEqual(image.Version, Folders.Find("/assets/img/chart.png")!.Version);
        Assert.Null(Folders.Find("/assets/img/missing.png"));
    }

    [Fact]
    public void An_image_the_config_excludes_is_no_image_of_the_site_as_it_is_not_served()
    {
        _folder.Write("_config.yml", "exclude: [private/]\n");
        _folder.WriteBytes("private/photo.png", TestImages.Of(800, 600));
        _folder.WriteBytes("public/photo.png", TestImages.Of(800, 600));

        Assert.Null(Folders.Find("/private/photo.png"));
        Assert.NotNull(Folders.Find("/public/photo.png"));
    }

    [Fact]
    public void A_decompression_bomb_is_refused_from_its_header_and_never_decoded()
    {
        var bomb = TestImages.DeclaringPng(20000, 20000);
        Assert.True(bomb.Length < 2000);
        var full = _folder.WriteBytes("assets/bomb.png", bomb);

        var image = Folders.Find("/assets/bomb.png")!;
        Assert.Equal((20000, 20000, false), (image.Width, image.Height, image.IsResized));
        Assert.Contains("over the 50,000,000", image.NotResized);
        // Allocations are counted on this thread only: tests running beside this one allocate too.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var output = Path.Combine(_folder.Root, "out.webp");
        Assert.False(VariantMaker.Make(full, [(new ImageVariant(image.Version, 360, ImageFormat.Webp), output)], maxPixels: 50_000_000));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1_000_000);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_pipe_or_a_folder_named_like_an_image_is_no_image_and_never_opened()
    {
        Directory.CreateDirectory(Path.Combine(_folder.PostsPath, "assets", "folder.png"));
        Directory.CreateDirectory(Path.Combine(_folder.PostsPath, "assets"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(_folder.PostsPath, "assets", "pipe.png")])) mkfifo.WaitForExit();

        // Opening a pipe without a writer blocks: the build must not wait on it.
        var found = Task.Run(() => (Folders.Find("/assets/pipe.png"), Folders.Find("/assets/folder.png")));
        Assert.Same(found, await Task.WhenAny(found, Task.Delay(TimeSpan.FromSeconds(10))));
        Assert.Equal((null, null), await found);
    }

    [Fact]
    public void A_file_that_is_no_image_is_sent_as_it_is()
    {
        _folder.WriteBytes("assets/img/broken.png", "not a PNG at all"u8.ToArray());

        var image = Folders.Find("/assets/img/broken.png")!;
        Assert.False(image.IsResized);
        Assert.Equal("it cannot be decoded as an image", image.NotResized);
    }

    [Fact]
    public void Variants_have_the_width_asked_the_image_aspect_and_their_format()
    {
        var full = _folder.WriteBytes("photo.jpg", TestImages.Of(3000, 2000, SKEncodedImageFormat.Jpeg));
        var outputs = new (ImageVariant, string)[]
        {
            (new ImageVariant("0123456789ab", 1600, ImageFormat.Webp), Path.Combine(_folder.Root, "cache", "1600.webp")),
            (new ImageVariant("0123456789ab", 360, ImageFormat.Jpeg), Path.Combine(_folder.Root, "cache", "360.jpg")),
        };

        Assert.True(VariantMaker.Make(full, outputs, maxPixels: 50_000_000));

        using (var webP = SKCodec.Create(outputs[0].Item2))
            Assert.Equal((SKEncodedImageFormat.Webp, 1600, 1067), (webP.EncodedFormat, webP.Info.Width, webP.Info.Height));
        using (var jpeg = SKCodec.Create(outputs[1].Item2))
            Assert.Equal((SKEncodedImageFormat.Jpeg, 360, 240), (jpeg.EncodedFormat, jpeg.Info.Width, jpeg.Info.Height));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder.Root, "cache"), "*.part"));
    }

    [Fact]
    public void A_variant_name_reads_back_and_nothing_else_does()
    {
        var image = new ImageFile("/assets/img/My Photo (1).PNG", 3000, 2000, 1, "0123456789ab", ImageFormat.Png, null);
        var variant = new ImageVariant("0123456789ab", 720, ImageFormat.Webp);

        var url = variant.UrlOf(image);
        Assert.Equal("/variants/my-photo-1.0123456789ab.720.webp", url);
        Assert.True(ImageVariant.TryParse(url["/variants/".Length..], out var read));
        Assert.Equal(variant, read);
        foreach (var other in (string[])["x.0123456789ab.720.bmp", "x.0123456789AB.720.webp", "x.0123456789ab.-1.webp", "0123456789ab.720.webp", "x.012345.720.webp"])
            Assert.False(ImageVariant.TryParse(other, out _), other);
    }
}
