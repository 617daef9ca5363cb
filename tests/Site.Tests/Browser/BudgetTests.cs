using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// What a page costs a reader: a post page under 50 KB transferred (HTML, CSS, fonts), nothing but content images from
/// other hosts, readable without JavaScript, no layout shift from images, and a print style without navigation.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class BudgetTests(ChromiumBrowser chromium, SampleSiteOnKestrel site)
    : IClassFixture<ChromiumBrowser>, IClassFixture<SampleSiteOnKestrel>
{
    private static readonly string[] PagePaths =
        ["/", "/posts/community-data-stewardship", "/categories/community", "/archive", "/archive/2023", "/about", "/tags", "/no-such-page"];

    [BrowserFact]
    public async Task Post_page_weighs_under_50_KB_without_content_images()
    {
        var page = await chromium.NewPageAsync();
        var responses = new List<IResponse>();
        page.Response += (_, response) => responses.Add(response);
        await page.GotoAsync(site.Url("/posts/community-data-stewardship"), new() { WaitUntil = WaitUntilState.NetworkIdle });

        long transferred = 0;
        foreach (var response in responses.Where(r => r.Request.ResourceType is "document" or "stylesheet" or "font" or "script"))
        {
            var sizes = await response.Request.SizesAsync();
            transferred += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
        }

        Assert.InRange(transferred, 1, 50 * 1024);
    }

    [BrowserFact]
    public async Task No_script_style_or_font_comes_from_another_host()
    {
        var page = await chromium.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.ResourceType is "script" or "stylesheet" or "font" && new Uri(request.Url).Authority != site.Address.Authority)
                foreign.Add(request.Url);
        };

        foreach (var path in PagePaths) await page.GotoAsync(site.Url(path));

        Assert.Empty(foreign);
    }

    [BrowserFact]
    public async Task Pages_read_the_same_with_javascript_off()
    {
        var withScript = await chromium.NewPageAsync();
        var withoutScript = await chromium.NewPageAsync(javaScript: false);

        foreach (var path in PagePaths)
        {
            await withScript.GotoAsync(site.Url(path));
            await withoutScript.GotoAsync(site.Url(path));
            var text = await withoutScript.Locator("main").InnerTextAsync();
            Assert.False(string.IsNullOrWhiteSpace(text), path);
            Assert.Equal(await withScript.Locator("main").InnerTextAsync(), text);
        }
    }

    [BrowserFact]
    public async Task Every_image_has_its_box_before_it_loads()
    {
        var page = await chromium.NewPageAsync(360, 800);
        foreach (var path in PagePaths)
        {
            await page.GotoAsync(site.Url(path));
            var unsized = await page.EvaluateAsync<string[]>("""
                [...document.images]
                  .filter(img => !(img.hasAttribute('width') && img.hasAttribute('height')) && getComputedStyle(img).aspectRatio === 'auto')
                  .map(img => img.src)
                """);
            Assert.True(unsized.Length == 0, $"{path}: {string.Join(", ", unsized)}");
        }
    }

    [BrowserFact]
    public async Task Print_hides_the_navigation_and_footer()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Url("/posts/community-data-stewardship"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator("body > header").IsVisibleAsync());
        Assert.False(await page.Locator("body > footer").IsVisibleAsync());
        Assert.True(await page.Locator(".post-body").IsVisibleAsync());
    }
}
