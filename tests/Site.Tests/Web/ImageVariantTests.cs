using System.Net;
using SkiaSharp;

namespace Site.Tests.Web;

/// <summary>The variants of a post's images as a browser and a CDN get them: made once, then cached for good.</summary>
public sealed class ImageVariantTests : IDisposable
{
    private readonly TempPostsFolder _folder = new();

    public ImageVariantTests()
    {
        _folder.WriteBytes("assets/img/wide.png", TestImages.Of(2000, 1000));
        _folder.Post("2024-01-01-pictures.md", "title: Pictures\nimage: assets/img/wide.png", "Text.\n\n![A chart](assets/img/wide.png)\n");
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<string[]> VariantUrlsAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/posts/pictures");
        return [.. page.QuerySelectorAll(".post-image source, .post-image img").SelectMany(e => SrcSet.Urls(e.GetAttribute("srcset")!))];
    }

    [Fact]
    public async Task A_made_variant_is_sent_at_its_width_in_its_format_cached_for_a_year()
    {
        using var site = new SiteFactory(_folder.PostsPath, settings: new Dictionary<string, string> { ["Site:CachePath"] = Path.Combine(_folder.Root, "cache") });
        using var client = site.CreateClient();
        var urls = await VariantUrlsAsync(client);
        Assert.True(urls.Length == 8, string.Join(", ", urls));
        var webP = urls.Single(url => url.EndsWith(".720.webp", StringComparison.Ordinal));

        HttpResponseMessage? response = null;
        await Eventually.TrueAsync(async () =>
        {
            response = await client.GetAsync(webP);
            return response.Headers.CacheControl?.ToString() == "public, max-age=31536000, immutable";
        }, "the variant is made");

        Assert.Equal("image/webp", response!.Content.Headers.ContentType?.MediaType);
        using var codec = SKCodec.Create(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal((SKEncodedImageFormat.Webp, 720, 360), (codec.EncodedFormat, codec.Info.Width, codec.Info.Height));
        // One folder for the image's content, one file for each variant, made in turn.
        await Eventually.TrueAsync(() => Directory.EnumerateFiles(Path.Combine(_folder.Root, "cache"), "*", SearchOption.AllDirectories).Count() == 8,
            "all eight variants are in the cache folder");
        Assert.Single(Directory.EnumerateDirectories(Path.Combine(_folder.Root, "cache")));
    }

    [Fact]
    public async Task Link_previews_and_structured_data_name_the_widest_variant_not_the_file()
    {
        using var site = new SiteFactory(_folder.PostsPath);
        var page = await site.CreateClient().GetDocumentAsync("/posts/pictures");

        var shared = page.Head!.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.Matches(@"^http://localhost:8080/variants/wide\.[0-9a-f]+\.1600\.png$", shared);
        Assert.Contains($"\"image\":\"{shared}\"", page.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Until_a_variant_is_made_the_file_itself_is_sent_and_asked_for_again()
    {
        // A cache folder that cannot be made: no variant ever is.
        File.WriteAllText(Path.Combine(_folder.Root, "not-a-folder"), "");
        using var site = new SiteFactory(_folder.PostsPath, settings: new Dictionary<string, string> { ["Site:CachePath"] = Path.Combine(_folder.Root, "not-a-folder", "cache") });
        using var client = site.CreateClient();

        var response = await client.GetAsync((await VariantUrlsAsync(client))[0]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_folder.PostsPath, "assets/img/wide.png")), await response.Content.ReadAsByteArrayAsync());
        // The page stays whole meanwhile.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/posts/pictures")).StatusCode);
    }

    [Fact]
    public async Task A_variant_the_catalog_does_not_show_is_not_found()
    {
        using var site = new SiteFactory(_folder.PostsPath);
        using var client = site.CreateClient();
        var real = (await VariantUrlsAsync(client))[0];
        var version = real.Split('.')[^3];

        foreach (var path in (string[])[$"/variants/wide.{version}.999.webp", $"/variants/other.{version}.360.webp", "/variants/wide.0123456789ab.360.webp", "/variants/wide.png"])
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }
}
