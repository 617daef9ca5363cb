using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// Callouts as theme posts mark them (Chirpy's <c>{: .prompt-tip }</c>, minimal-mistakes' <c>{: .notice--info}</c>):
/// each a box of its own in the text's colour, a warning edged apart from a tip, a plain quote left a quote; a figure
/// marked <c>{: class="center"}</c> centred.
/// Screenshots go to tests/artifacts/ for a person to look at.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class CalloutTests(ChromiumBrowser chromium, CalloutTests.Site site) : IClassFixture<ChromiumBrowser>, IClassFixture<CalloutTests.Site>
{
    public sealed class Site() : SiteOnKestrel(new SiteFactory(Path.Combine(AppContext.BaseDirectory, "Fixtures", "callouts")));

    private sealed class Look
    {
        public string Background { get; set; } = "";
        public string Colour { get; set; } = "";
        public string Edge { get; set; } = "";
        public double EdgeWidth { get; set; }
    }

    [BrowserTheory]
    [InlineData(360, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task Theme_callouts_are_boxes_in_the_texts_colour_and_a_warning_is_edged_apart(int width, ColorScheme scheme)
    {
        var page = await chromium.NewPageAsync(width, 800, scheme);
        await page.GotoAsync(site.Url("/posts/prompts"));
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "tests", "artifacts")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"callouts-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });

        var looks = await page.EvaluateAsync<Look[]>("""
            ['.prompt-tip', '.prompt-warning', '.notice--info', 'blockquote:not([class])', 'p'].map(selector => {
              const style = getComputedStyle(document.querySelector('.post-body ' + selector));
              return { background: style.backgroundColor, colour: style.color, edge: style.borderLeftColor, edgeWidth: parseFloat(style.borderLeftWidth) };
            })
            """);
        var (tip, warning, notice, quote, paragraph) = (looks[0], looks[1], looks[2], looks[3], looks[4]);

        foreach (var callout in new[] { tip, warning, notice })
        {
            Assert.NotEqual(quote.Background, callout.Background);
            Assert.Equal(paragraph.Colour, callout.Colour);
            Assert.True(callout.EdgeWidth >= 4, $"an edge {callout.EdgeWidth}px wide");
        }
        Assert.NotEqual(tip.Edge, warning.Edge);
        Assert.NotEqual(paragraph.Colour, quote.Colour);

        // A figure marked {: class="center"} sits in the middle of the column, as the theme showed it.
        var gaps = await page.EvaluateAsync<double[]>("""
            (() => {
              const column = document.querySelector('.post-body').getBoundingClientRect();
              const image = document.querySelector('.post-body img[alt="A dot"]').getBoundingClientRect();
              return [image.left - column.left, column.right - image.right];
            })()
            """);
        Assert.True(gaps[0] > 20 && Math.Abs(gaps[0] - gaps[1]) < 2, $"gaps {gaps[0]} and {gaps[1]}");
    }
}
