using System.Text.Json;
using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// axe-core (npm) finds no violation on any page type of the repository's site, nor on posts with math (MathML, a TeX
/// error shown as code), in light and in dark (a post with highlighted code among them: every token colour against the
/// code background), and at 360 px where code, tables and math scroll; the page has a language, landmarks, and alt text on front-matter images.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class AccessibilityTests(ChromiumBrowser chromium, SampleSiteOnKestrel site, MathSiteOnKestrel mathSite)
    : IClassFixture<ChromiumBrowser>, IClassFixture<SampleSiteOnKestrel>, IClassFixture<MathSiteOnKestrel>
{
    private static readonly string Axe = Path.Combine(RepositoryRoot.Path, "tests", "Site.Tests", "node_modules", "axe-core", "axe.min.js");

    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        foreach (var path in new[] { "/", "/posts/community-data-stewardship", "/posts/annotation-agreement", "/categories", "/categories/community", "/tags", "/tags/mentoring",
                                     "/archive", "/archive/2023", "/about", "/no-such-page", "/search", "/search?q=community+stew", "/search?q=hndbok" })
            data.Add(path, scheme);
        return data;
    }

    [BrowserTheory]
    [MemberData(nameof(Pages))]
    public Task Axe_reports_no_violations(string path, ColorScheme scheme) => AssertNoViolationsAsync(site, path, scheme);

    [BrowserTheory]
    [InlineData("/posts/attention-as-a-soft-lookup", ColorScheme.Light)]
    [InlineData("/posts/attention-as-a-soft-lookup", ColorScheme.Dark)]
    [InlineData("/posts/a-typo-in-a-sum", ColorScheme.Light)]
    [InlineData("/posts/a-typo-in-a-sum", ColorScheme.Dark)]
    [InlineData("/posts/a-series-and-its-sum", ColorScheme.Light)]
    public Task Axe_reports_no_violations_on_posts_with_math(string path, ColorScheme scheme) => AssertNoViolationsAsync(mathSite, path, scheme);

    /// <summary>On a phone, code, tables and display math scroll sideways in boxes of their own, which the keyboard must reach.</summary>
    [BrowserTheory]
    [InlineData("/")]
    [InlineData("/posts/annotation-agreement")]
    [InlineData("/posts/community-data-stewardship")]
    [InlineData("/search?q=community+stew")]
    public Task Axe_reports_no_violations_at_360_px(string path) => AssertNoViolationsAsync(site, path, ColorScheme.Light, width: 360);

    [BrowserTheory]
    [InlineData("/posts/attention-as-a-soft-lookup")]
    [InlineData("/posts/a-typo-in-a-sum")]
    [InlineData("/posts/a-series-and-its-sum")]
    public Task Axe_reports_no_violations_on_posts_with_math_at_360_px(string path) => AssertNoViolationsAsync(mathSite, path, ColorScheme.Dark, width: 360);

    private async Task AssertNoViolationsAsync(SiteOnKestrel site, string path, ColorScheme scheme, int width = 1280)
    {
        var page = await chromium.NewPageAsync(width, 900, scheme, bypassContentSecurityPolicy: true);
        await page.GotoAsync(site.Url(path));
        await page.AddScriptTagAsync(new() { Path = Axe });

        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) }))");

        Assert.True(violations.GetArrayLength() == 0, $"{path} ({scheme}): {violations}");
    }

    [BrowserFact]
    public async Task Pages_have_a_language_landmarks_and_alt_text_on_preview_images()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(site.Url("/posts/community-data-stewardship"));

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        foreach (var landmark in new[] { "body > header", "header nav", "main", "body > footer" })
            Assert.Equal(1, await page.Locator(landmark).CountAsync());
        Assert.Equal("community data stewardship and alternatives to Big AI", await page.GetAttributeAsync(".post-image img", "alt"));
    }
}
