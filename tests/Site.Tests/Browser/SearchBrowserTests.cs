using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// The header's search box, with JavaScript off, at a phone's and a desktop's width: reached by keyboard, with a visible
/// focus ring, inside the page, and a query typed there finds a post by a misspelt word, a word without its accents and
/// the start of a word.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class SearchBrowserTests(ChromiumBrowser chromium, SampleSiteOnKestrel site)
    : IClassFixture<ChromiumBrowser>, IClassFixture<SampleSiteOnKestrel>
{
    [BrowserTheory]
    [InlineData(360, "stewardshp")]
    [InlineData(360, "ANNOTATORS agreem")]
    [InlineData(1280, "stew")]
    [InlineData(1280, "\"alternatives to Big AI\"")]
    public async Task A_query_typed_in_the_header_finds_the_post_without_javascript(int width, string query)
    {
        var page = await chromium.NewPageAsync(width, 800, javaScript: false);
        await page.GotoAsync(site.Url("/posts/the-turing-way-handbook"));

        var box = page.Locator("header form[role=search] input[name=q]");
        var bounds = (await box.BoundingBoxAsync())!;
        Assert.True(bounds.X >= 0 && bounds.X + bounds.Width <= width, $"the search box runs out of the page at {width}px: {bounds.X} + {bounds.Width}");
        Assert.True(bounds.Height >= 24, $"the search box is {bounds.Height}px high: too small to tap");

        // Keyboard only: tab from the top of the page until the search box has the focus.
        for (var tab = 0; tab < 12 && !await box.EvaluateAsync<bool>("e => e === document.activeElement"); tab++) await page.Keyboard.PressAsync("Tab");
        Assert.True(await box.EvaluateAsync<bool>("e => e === document.activeElement"), "the search box is not reached by Tab");
        Assert.NotEqual("none", await box.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));

        await page.Keyboard.TypeAsync(query);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?q=", StringComparison.Ordinal));

        var titles = await page.Locator(".entries .entry h2").AllInnerTextsAsync();
        Assert.NotEmpty(titles);
        Assert.Contains(titles.Take(3), title => title.Contains("stewardship", StringComparison.Ordinal) || title.Contains("annotators", StringComparison.Ordinal));
        Assert.True(await page.Locator(".snippet mark").CountAsync() > 0 || query.Contains('"', StringComparison.Ordinal));
        Assert.Equal(query, await page.InputValueAsync("#search-query"));
    }
}
