using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>Wide things in a post stay in the column on a phone: a table scrolls in its own box without breaking its words, players keep their shape.</summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class WideContentTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>, IDisposable
{
    private readonly SiteOnKestrel _site = new(new SiteFactory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "wide")));

    public void Dispose() => _site.Dispose();

    [BrowserTheory]
    [InlineData(360, ColorScheme.Light)]
    [InlineData(360, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task Tables_and_players_stay_in_the_column(int width, ColorScheme scheme)
    {
        var page = await chromium.NewPageAsync(width, 800, scheme);
        await page.GotoAsync(_site.Url("/posts/tools-we-compared"), new() { WaitUntil = WaitUntilState.NetworkIdle });
        var artifacts = Path.Combine(RepositoryRoot.Path, "tests", "artifacts");
        Directory.CreateDirectory(artifacts);
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"wide-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });

        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= width, "the page scrolls sideways");
        // A cell's word is on one line: its text's height is one line's.
        var lines = await page.EvaluateAsync<double>("""
            (() => { const cell = [...document.querySelectorAll('.post-body td')].find(td => td.textContent.trim() === 'JavaScript');
                     const range = document.createRange(); range.selectNodeContents(cell);
                     return range.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight); })()
            """);
        Assert.True(lines < 1.5, $"'JavaScript' took {lines:0.0} lines in its cell");
        var iframe = await page.EvaluateAsync<double[]>("(() => { const r = document.querySelector('.post-body iframe').getBoundingClientRect(); return [r.width, r.height]; })()");
        Assert.True(iframe[0] <= width, $"the player is {iframe[0]} px wide");
        Assert.InRange(iframe[0] / iframe[1], 560.0 / 315 - 0.05, 560.0 / 315 + 0.05);
        var video = await page.EvaluateAsync<double>("document.querySelector('.post-body video').getBoundingClientRect().width");
        Assert.True(video <= width, $"the video is {video} px wide");
    }
}
