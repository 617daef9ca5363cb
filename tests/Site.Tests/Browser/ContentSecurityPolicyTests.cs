using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// The Content-Security-Policy blocks nothing the site itself uses: every page type, in Production and in Development
/// (with its live-reload script and event stream), and a post with what authors write: an aligned table (Markdig's
/// inline style), raw HTML with a style attribute, a data: image, display math (temml's inline styles). Chromium reports each blocked thing as a
/// <c>securitypolicyviolation</c> event and a console message.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class ContentSecurityPolicyTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>, IDisposable
{
    private static readonly string[] PageTypes =
    [
        "/", "/page/2", "/posts/styled", "/posts/first-light", "/about", "/categories", "/categories/series", "/tags",
        "/archive", "/archive/2020", "/no-such-page",
    ];

    private readonly TempPostsFolder _folder = CorpusWithAStyledPost();

    private static TempPostsFolder CorpusWithAStyledPost()
    {
        var folder = new TempPostsFolder();
        foreach (var file in Directory.EnumerateFiles(SiteFactory.FixturePostsPath, "*", SearchOption.AllDirectories))
            folder.WriteBytes(Path.GetRelativePath(SiteFactory.FixturePostsPath, file), File.ReadAllBytes(file));
        folder.Post("2024-05-05-styled.md", "title: Styled", """
            | left | centre | right |
            | :--- | :----: | ----: |
            | a    | b      | c     |

            <p style="color: teal">Raw HTML with a style attribute.</p>

            ![a dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=)

            $$\boxed{\frac{a}{b}}$$
            """);
        return folder;
    }

    [BrowserTheory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task No_page_type_violates_the_policy(string environment)
    {
        using var site = new SiteOnKestrel(new SiteFactory(_folder.PostsPath, environment, FixtureSite.Settings));
        var page = await chromium.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) console.Add(message.Text);
        };
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' blocked ' + e.blockedURI));
            """);

        foreach (var path in PageTypes)
        {
            var response = await page.GotoAsync(site.Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response?.Headers.GetValueOrDefault("content-security-policy"));
            if (environment == "Development")
                Assert.True(await page.EvaluateAsync<bool>("!!document.querySelector('script[src=\"/_live-reload.js\"]')"), path);
            // The event is dispatched asynchronously: give it a turn of the event loop.
            await page.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 50))");
            var violations = await page.EvaluateAsync<string[]>("window.__violations");
            Assert.True(violations.Length == 0, $"{environment} {path}: {string.Join("; ", violations)}");
        }
        Assert.True(console.Count == 0, string.Join("\n", console));
    }

    [BrowserFact]
    public async Task The_policy_blocks_an_inline_script()
    {
        // The counter-check: the same listener does see a violation when there is one.
        using var site = new SiteOnKestrel(new SiteFactory(_folder.PostsPath, "Production", FixtureSite.Settings));
        var page = await chromium.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
            """);
        await page.GotoAsync(site.Url("/"));

        await page.EvaluateAsync("""
            () => new Promise(resolve => {
              const script = document.createElement('script');
              script.textContent = 'window.__ran = true';
              document.body.appendChild(script);
              setTimeout(resolve, 50);
            })
            """);

        Assert.False(await page.EvaluateAsync<bool>("window.__ran === true"));
        Assert.Contains(await page.EvaluateAsync<string[]>("window.__violations"), v => v.StartsWith("script-src", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
