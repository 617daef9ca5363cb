using System.Text.Json;
using Microsoft.Playwright;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using Site.Web;

namespace Site.Tests.Browser;

/// <summary>
/// A post with a 3000x2000 PNG preview image and three large body images, and the home page that lists it, as a phone
/// and a desktop load them once the variants are made: no image is sent wider than twice the width it is shown at, and
/// nothing moves as the images arrive.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class ImageBrowserTests(ChromiumBrowser chromium, ImageBrowserTests.ImageSite site) : IClassFixture<ChromiumBrowser>, IClassFixture<ImageBrowserTests.ImageSite>
{
    public sealed class ImageSite : IAsyncLifetime, IDisposable
    {
        private readonly TempPostsFolder _folder = new();
        private SiteOnKestrel? _site;

        public SiteOnKestrel Site => _site!;

        public async Task InitializeAsync()
        {
            if (ChromiumBrowser.SkipReason is not null) return;
            _folder.WriteBytes("assets/img/preview.png", TestImages.Of(3000, 2000));
            _folder.WriteBytes("assets/img/survey.png", TestImages.Of(2400, 1600, seed: 2));
            _folder.WriteBytes("assets/img/workshop.jpg", TestImages.Of(3000, 2000, SKEncodedImageFormat.Jpeg, seed: 3));
            _folder.WriteBytes("assets/img/poster.png", TestImages.Of(1600, 2400, seed: 4));
            var paragraph = string.Concat(Enumerable.Repeat("The survey asked each group how it keeps its data, who may read it and why. ", 6));
            _folder.Post("2024-03-12-pictures.md", "title: A post with pictures\nrange: 2023 - 2024\ncategory: research\nimage: assets/img/preview.png",
                $"{paragraph}\n\n![Answers per group](assets/img/survey.png)\n\n{paragraph}\n\n![The workshop room](assets/img/workshop.jpg)\n\n{paragraph}\n\n![The poster](assets/img/poster.png)\n\n{paragraph}\n");
            _folder.Post("2024-01-01-older.md", "title: An older post\ncategory: research\nimage: assets/img/survey.png", paragraph);
            var factory = new SiteFactory(_folder.PostsPath, settings: new Dictionary<string, string> { ["Site:CachePath"] = Path.Combine(_folder.Root, "cache") });
            _site = new SiteOnKestrel(factory);
            using var made = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await factory.Services.GetRequiredService<ImageVariantWorker>().WhenIdleAsync(made.Token);
        }

        public Task DisposeAsync()
        {
            Dispose();
            return Task.CompletedTask;
        }

        public void Dispose()
        {
            _site?.Dispose();
            _folder.Dispose();
        }
    }

    [BrowserTheory]
    [InlineData("/posts/pictures", 360, ColorScheme.Light)]
    [InlineData("/posts/pictures", 360, ColorScheme.Dark)]
    [InlineData("/posts/pictures", 1280, ColorScheme.Light)]
    [InlineData("/posts/pictures", 1280, ColorScheme.Dark)]
    [InlineData("/", 360, ColorScheme.Light)]
    [InlineData("/", 360, ColorScheme.Dark)]
    [InlineData("/", 1280, ColorScheme.Light)]
    [InlineData("/", 1280, ColorScheme.Dark)]
    public async Task Images_are_sent_at_most_twice_as_wide_as_shown_and_nothing_moves(string path, int width, ColorScheme scheme)
    {
        var page = await chromium.NewPageAsync(width, 800, scheme);
        await page.AddInitScriptAsync("""
            window.__shift = 0;
            new PerformanceObserver(list => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value; })
              .observe({ type: 'layout-shift', buffered: true });
            """);
        await page.GotoAsync(site.Site.Url(path), new() { WaitUntil = WaitUntilState.NetworkIdle });
        // Brings every lazy image in, then waits for each to be decoded.
        await page.EvaluateAsync("(async () => { for (const img of document.images) { img.scrollIntoView(); await img.decode().catch(() => {}); } window.scrollTo(0, 0); })()");

        var images = JsonSerializer.Deserialize<ImageSeen[]>(await page.EvaluateAsync<string>("""
            JSON.stringify([...document.images].map(img => ({ src: img.currentSrc, naturalWidth: img.naturalWidth, clientWidth: img.clientWidth })))
            """), JsonSerializerOptions.Web)!;
        Assert.NotEmpty(images);
        Assert.All(images, image =>
        {
            Assert.True(image.NaturalWidth > 0, $"{image.Src} did not load");
            Assert.True(image.NaturalWidth <= 2 * image.ClientWidth, $"{image.Src} is {image.NaturalWidth} px wide, shown at {image.ClientWidth} px");
        });
        Assert.Equal(0, await page.EvaluateAsync<double>("window.__shift"));

        var artifacts = Path.Combine(RepositoryRoot.Path, "tests", "artifacts");
        Directory.CreateDirectory(artifacts);
        var name = path == "/" ? "home" : "post";
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"images-{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });
    }

    public sealed record ImageSeen(string Src, int NaturalWidth, int ClientWidth);
}
