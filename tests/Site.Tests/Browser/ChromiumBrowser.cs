using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>Debian's Chromium (/usr/bin/chromium), headless, driven by Playwright: shared by the tests of a class.</summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static string? SkipReason =>
        File.Exists(ExecutablePath) || Environment.GetEnvironmentVariable("CI") == "true"
            ? null
            : $"{ExecutablePath} not found: install it with 'sudo apt-get install chromium' to run the browser tests";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        if (SkipReason is not null) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Without the networking flags Chromium keeps calling home, which this sandbox refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A 1x1 PNG, served for every image from another host: tests never reach the network, and such images still load as they would online.</summary>
    private static readonly byte[] Placeholder = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <param name="bypassContentSecurityPolicy">For tools injected into the page (axe-core), which the site's CSP rightly refuses.</param>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light, bool javaScript = true,
        bool bypassContentSecurityPolicy = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassContentSecurityPolicy,
        });
        await context.RouteAsync(url => !new Uri(url).IsLoopback, route =>
            route.Request.ResourceType == "image"
                ? route.FulfillAsync(new() { ContentType = "image/png", BodyBytes = Placeholder })
                : route.AbortAsync());
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

/// <summary>A site on real Kestrel for a test class: the fixture corpus, or with <see cref="SampleSiteOnKestrel"/> the sample posts.</summary>
public class SiteOnKestrel(SiteFactory factory) : IDisposable
{
    public Uri Address { get; } = factory.StartKestrel();

    public string Url(string path) => new Uri(Address, path).ToString();

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class FixtureSiteOnKestrel() : SiteOnKestrel(new FixtureSite());

public sealed class SampleSiteOnKestrel() : SiteOnKestrel(new SampleSite());

public sealed class MathSiteOnKestrel() : SiteOnKestrel(new MathSite());
