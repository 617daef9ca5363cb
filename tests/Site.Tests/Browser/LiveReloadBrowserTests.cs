namespace Site.Tests.Browser;

/// <summary>While an author writes (Development), the open tab shows a saved change by itself.</summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class LiveReloadBrowserTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>, IDisposable
{
    private readonly string _posts = Directory.CreateTempSubdirectory("site-live-browser-").FullName;
    private SiteFactory? _site;

    private void Write(string title) =>
        File.WriteAllText(Path.Combine(_posts, "2024-01-01-draft.md"), $"---\ntitle: {title}\n---\n\nA paragraph.\n");

    [BrowserFact]
    public async Task Open_tab_reloads_itself_when_its_post_is_saved()
    {
        Write("Before the edit");
        _site = new SiteFactory(_posts, "Development");
        var address = _site.StartKestrel();
        var page = await chromium.NewPageAsync();
        await page.RunAndWaitForResponseAsync(
            () => page.GotoAsync(new Uri(address, "/posts/draft").ToString()),
            response => response.Url.EndsWith("/_live-reload", StringComparison.Ordinal));
        Assert.Equal("Before the edit", await page.Locator("h1").InnerTextAsync());

        Write("After the edit");

        await page.WaitForFunctionAsync("() => document.querySelector('h1').textContent === 'After the edit'", null, new() { Timeout = 10_000 });
    }

    [BrowserFact]
    public async Task Open_tab_shows_an_image_added_then_changed_beside_its_post()
    {
        Write("With a picture");
        File.AppendAllText(Path.Combine(_posts, "2024-01-01-draft.md"), "\n![A dot](dot.svg)\n");
        _site = new SiteFactory(_posts, "Development");
        var address = _site.StartKestrel();
        var page = await chromium.NewPageAsync();
        await page.RunAndWaitForResponseAsync(
            () => page.GotoAsync(new Uri(address, "/posts/draft").ToString()),
            response => response.Url.EndsWith("/_live-reload", StringComparison.Ordinal));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelector('article img[alt=\"A dot\"]').naturalWidth"));

        File.WriteAllText(Path.Combine(_posts, "dot.svg"), Svg(width: 40));
        await page.WaitForFunctionAsync("() => document.querySelector('article img[alt=\"A dot\"]').naturalWidth === 40", null, new() { Timeout = 10_000 });

        File.WriteAllText(Path.Combine(_posts, "dot.svg"), Svg(width: 60));
        await page.WaitForFunctionAsync("() => document.querySelector('article img[alt=\"A dot\"]').naturalWidth === 60", null, new() { Timeout = 10_000 });
    }

    private static string Svg(int width) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"10\"><rect width=\"{width}\" height=\"10\"/></svg>";

    public void Dispose()
    {
        _site?.Dispose();
        Directory.Delete(_posts, recursive: true);
    }
}
