using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// Every page type of the repository's own site at phone, tablet and desktop widths, in both colour schemes: nothing
/// scrolls sideways (the seed post's long URLs wrap; code scrolls in its own box). Full-page screenshots go to tests/artifacts/ for a person to look at.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class LayoutTests(ChromiumBrowser chromium, SampleSiteOnKestrel site)
    : IClassFixture<ChromiumBrowser>, IClassFixture<SampleSiteOnKestrel>
{
    private static readonly (string Name, string Path)[] PageTypes =
    [
        ("home", "/"), ("post", "/posts/community-data-stewardship"), ("code", "/posts/annotation-agreement"), ("category", "/categories/community"),
        ("categories", "/categories"), ("archive", "/archive"), ("archive-year", "/archive/2023"), ("page", "/about"), ("not-found", "/no-such-page"),
        ("search", "/search?q=community+stew"),
    ];

    [BrowserTheory]
    [InlineData(360, ColorScheme.Light)]
    [InlineData(768, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(360, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task No_page_scrolls_sideways(int width, ColorScheme scheme)
    {
        var artifacts = Path.Combine(RepositoryRoot.Path, "tests", "artifacts");
        Directory.CreateDirectory(artifacts);
        var page = await chromium.NewPageAsync(width, 800, scheme);

        foreach (var (name, path) in PageTypes)
        {
            await page.GotoAsync(site.Url(path), new() { WaitUntil = WaitUntilState.NetworkIdle });
            await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });

            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            var innerWidth = await page.EvaluateAsync<int>("window.innerWidth");
            Assert.True(scrollWidth <= innerWidth, $"{path} at {width}px: scrollWidth {scrollWidth} > innerWidth {innerWidth}");
        }
    }

    [BrowserFact]
    public async Task Dark_scheme_is_its_own_design_not_the_light_one()
    {
        var light = await chromium.NewPageAsync(scheme: ColorScheme.Light);
        var dark = await chromium.NewPageAsync(scheme: ColorScheme.Dark);
        await light.GotoAsync(site.Url("/"));
        await dark.GotoAsync(site.Url("/"));

        const string background = "getComputedStyle(document.body).backgroundColor";
        Assert.Equal("rgb(251, 250, 247)", await light.EvaluateAsync<string>(background));
        Assert.Equal("rgb(22, 24, 27)", await dark.EvaluateAsync<string>(background));
    }

    [BrowserFact]
    public async Task Reading_column_stays_near_70_characters_on_a_wide_screen()
    {
        var page = await chromium.NewPageAsync(1600, 900);
        await page.GotoAsync(site.Url("/posts/community-data-stewardship"));

        var charactersPerLine = await page.EvaluateAsync<double>("""
            (() => {
              const p = document.querySelector('.post-body p');
              const probe = document.createElement('span');
              probe.style.whiteSpace = 'nowrap';
              probe.style.position = 'absolute';
              probe.textContent = p.textContent;
              p.appendChild(probe);
              const perChar = probe.getBoundingClientRect().width / probe.textContent.length;
              probe.remove();
              return p.getBoundingClientRect().width / perChar;
            })()
            """);

        Assert.InRange(charactersPerLine, 60, 80);
    }

    [BrowserFact]
    public async Task Archive_draws_each_multi_year_post_as_a_bar_across_its_years()
    {
        var page = await chromium.NewPageAsync(1280, 900);
        await page.GotoAsync(site.Url("/archive"));

        var bar = await page.Locator(".bar[title^='community data stewardship']").BoundingBoxAsync();
        async Task<float> YearTop(int year) => (await page.Locator($".timeline a.year[href='/archive/{year}']").BoundingBoxAsync())!.Y;

        Assert.NotNull(bar);
        foreach (var year in new[] { 2024, 2023, 2022 })
            Assert.InRange(await YearTop(year), bar.Y - 30, bar.Y + bar.Height);
        Assert.True(await YearTop(2021) > bar.Y + bar.Height, "the bar ends before 2021");
        Assert.Equal(await page.Locator(".bar").CountAsync(), await page.Locator(".bar[aria-hidden=true]").CountAsync());
    }
}
