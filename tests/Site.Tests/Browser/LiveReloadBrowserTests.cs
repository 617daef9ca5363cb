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

    public void Dispose()
    {
        _site?.Dispose();
        Directory.Delete(_posts, recursive: true);
    }
}
