using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>A reader finding their way through the fixture site in Chromium, by mouse and by keyboard.</summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class NavigationTests(ChromiumBrowser chromium, FixtureSiteOnKestrel site)
    : IClassFixture<ChromiumBrowser>, IClassFixture<FixtureSiteOnKestrel>
{
    [BrowserFact]
    public async Task Home_to_post_to_category_to_archive_year_and_back()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Url("/"));

        await page.GetByRole(AriaRole.Link, new() { Name = "First light" }).ClickAsync();
        Assert.EndsWith("/posts/first-light", page.Url);
        Assert.Equal("First light", await page.Locator("h1").InnerTextAsync());

        await page.Locator(".post-header a.category", new() { HasText = "Research Notes" }).ClickAsync();
        Assert.EndsWith("/categories/research-notes", page.Url);
        Assert.Equal("Research Notes", await page.Locator("h1").InnerTextAsync());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Site" }).GetByRole(AriaRole.Link, new() { Name = "Archive" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "2022", Exact = true }).ClickAsync();
        Assert.EndsWith("/archive/2022", page.Url);
        Assert.Contains("First light", await page.Locator(".entries").InnerTextAsync());

        await page.GoBackAsync();
        Assert.EndsWith("/archive", page.Url);
        await page.GoBackAsync();
        Assert.EndsWith("/categories/research-notes", page.Url);
    }

    [BrowserFact]
    public async Task Paging_forward_and_back()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Url("/"));

        for (var number = 2; number <= 4; number++)
        {
            await page.Locator("a[rel=next]").ClickAsync();
            Assert.EndsWith($"/page/{number}", page.Url);
        }
        Assert.Equal(0, await page.Locator("a[rel=next]").CountAsync());

        for (var number = 3; number >= 1; number--) await page.Locator("a[rel=prev]").ClickAsync();
        Assert.Equal(site.Url("/"), page.Url);
        Assert.Equal("First light", await page.Locator(".entry h2").First.InnerTextAsync());
    }

    [BrowserFact]
    public async Task Unknown_url_shows_the_404_page_with_a_way_home()
    {
        var page = await chromium.NewPageAsync();
        var response = await page.GotoAsync(site.Url("/no/such/page"));

        Assert.Equal(404, response!.Status);
        Assert.Equal("This page is not here", await page.Locator("h1").InnerTextAsync());
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "home page" }).ClickAsync();
        Assert.Equal(site.Url("/"), page.Url);
    }

    [BrowserFact]
    public async Task Keyboard_skip_link_comes_first_and_jumps_to_the_content_with_visible_focus()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Url("/posts/first-light"));

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        Assert.True(await page.EvaluateAsync<bool>("document.activeElement.getBoundingClientRect().top >= 0"), "the skip link shows when focused");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("content", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("/categories/research-notes", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
    }

    [BrowserFact]
    public async Task Tab_reaches_every_link_in_document_order_with_visible_focus()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Url("/"));
        // Links, and the header's search box and its button, in document order.
        const string Name = "(e => e.getAttribute('href') ?? e.getAttribute('name') ?? e.getAttribute('type'))";
        var links = await page.EvaluateAsync<string[]>($"[...document.querySelectorAll('a[href], input[name], button')].map({Name})");

        var reached = new List<string>();
        for (var i = 0; i < links.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await page.EvaluateAsync<string>($"{Name}(document.activeElement)"));
            var outline = await page.EvaluateAsync<string>("(s => s.outlineStyle + ' ' + s.outlineWidth)(getComputedStyle(document.activeElement))");
            Assert.False(outline.StartsWith("none", StringComparison.Ordinal) || outline.EndsWith(" 0px", StringComparison.Ordinal), $"focus on {reached[^1]} is not visible: outline {outline}");
        }

        Assert.Equal(links, reached);
    }
}
