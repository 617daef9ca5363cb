using Microsoft.Playwright;

namespace Site.Tests.Browser;

/// <summary>
/// A research post's math as a reader sees it, on a phone and a desktop, light and dark: display math centred in its
/// box, a formula wider than a phone's column scrolling in its own box from its left edge while the page does not (an
/// inline one too), math in the text's colour, a TeX error in the error colour. Screenshots go to tests/artifacts/ for a person to look at.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Browser)]
public sealed class MathLayoutTests(ChromiumBrowser chromium, MathSiteOnKestrel site)
    : IClassFixture<ChromiumBrowser>, IClassFixture<MathSiteOnKestrel>
{
    private const string Post = "/posts/attention-as-a-soft-lookup";

    /// <summary>A display box's edges, its math's content's edges, and whether it scrolls.</summary>
    private sealed class DisplayBox
    {
        public double Left { get; set; }
        public double Right { get; set; }
        public double ContentLeft { get; set; }
        public double ContentRight { get; set; }
        public bool Scrolls { get; set; }
    }

    [BrowserTheory]
    [InlineData(360, ColorScheme.Light)]
    [InlineData(360, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task Display_math_is_centred_and_a_wide_formula_scrolls_in_its_own_box_not_the_page(int width, ColorScheme scheme)
    {
        var page = await chromium.NewPageAsync(width, 800, scheme);
        await page.GotoAsync(site.Url(Post), new() { WaitUntil = WaitUntilState.NetworkIdle });
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "tests", "artifacts")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"math-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"the page scrolls sideways at {width}px");
        var boxes = await page.EvaluateAsync<DisplayBox[]>("""
            [...document.querySelectorAll('div.math-display')].map(box => {
              const outer = box.getBoundingClientRect();
              const inner = box.querySelector('math > *').getBoundingClientRect();
              return { left: outer.left, right: outer.right, contentLeft: inner.left, contentRight: inner.right, scrolls: box.scrollWidth > box.clientWidth };
            })
            """);
        Assert.Equal(3, boxes.Length);

        // How wide a formula is depends on the math font the system has: each box is judged by what it holds.
        foreach (var box in boxes)
        {
            var fits = box.ContentRight - box.ContentLeft <= box.Right - box.Left + 1;
            Assert.Equal(!fits, box.Scrolls);
            if (fits) Assert.InRange(box.ContentLeft - box.Left - (box.Right - box.ContentRight), -2, 2);
            else Assert.True(box.ContentLeft >= box.Left - 1, "a wide formula starts inside its box, where scrolling can reach it");
        }
        if (width < 600) Assert.True(boxes[2].Scrolls, "the multi-head formula is wider than a phone's column");
    }

    [BrowserTheory]
    [InlineData(360, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task Numbered_equations_show_their_formula_and_number_inside_their_box(int width, ColorScheme scheme)
    {
        var page = await chromium.NewPageAsync(width, 800, scheme);
        await page.GotoAsync(site.Url("/posts/a-series-and-its-sum"), new() { WaitUntil = WaitUntilState.NetworkIdle });
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "tests", "artifacts")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"math-numbered-{width}-{scheme.ToString().ToLowerInvariant()}.png"), FullPage = true });

        // Each formula row and its number: where they are drawn against their box, and how wide the box's content is.
        var rows = await page.EvaluateAsync<double[][]>("""
            [...document.querySelectorAll('div.math-display mtr')].map(row => {
              const box = row.closest('div.math-display'), outer = box.getBoundingClientRect();
              const formula = row.children[1].getBoundingClientRect(), number = row.querySelector('.tml-eqn').getBoundingClientRect();
              return [formula.left - outer.left, formula.width, number.left - outer.left, number.width, box.scrollWidth, box.clientWidth];
            })
            """);

        Assert.Equal(3, rows.Length);
        foreach (var row in rows)
        {
            var (formulaLeft, formulaWidth, numberLeft, numberWidth, scrollWidth, clientWidth) = (row[0], row[1], row[2], row[3], row[4], row[5]);
            Assert.True(formulaWidth > 20 && numberWidth > 5, $"a formula {formulaWidth}px wide, its number {numberWidth}px");
            // Reachable: within the box's own width, or within what scrolling it shows when a phone's column is too narrow.
            Assert.True(formulaLeft >= -1 && numberLeft + numberWidth <= scrollWidth + 1, $"formula at {formulaLeft}px, number ending at {numberLeft + numberWidth}px of {scrollWidth}px");
            Assert.True(scrollWidth <= Math.Max(clientWidth, formulaWidth + numberWidth + 64) + 1, $"the box's content is {scrollWidth}px wide for {clientWidth}px");
        }

        // The aligned rows: each side of the = drawn apart from the other, and the = of both rows one above the other.
        var sides = await page.EvaluateAsync<double[][]>("""
            [...document.querySelectorAll('mtable.tml-jot > mtr')].map(row => {
              const left = row.children[1].firstElementChild.getBoundingClientRect(), right = row.children[2].firstElementChild.getBoundingClientRect();
              return [left.right, right.left];
            })
            """);
        Assert.Equal(2, sides.Length);
        Assert.All(sides, side => Assert.True(side[0] <= side[1] + 1, $"the left side ends at {side[0]}px, past the right side's start at {side[1]}px"));
        Assert.InRange(sides[0][0] - sides[1][0], -1, 1);
        Assert.InRange(sides[0][1] - sides[1][1], -1, 1);
    }

    [BrowserTheory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task A_long_inline_formula_scrolls_in_its_own_box_on_the_line_of_its_text(int width)
    {
        var page = await chromium.NewPageAsync(width, 800);
        await page.GotoAsync(site.Url(Post), new() { WaitUntil = WaitUntilState.NetworkIdle });
        // Measured once the stylesheet has laid the page out: one full run on a loaded machine found the page wider than
        // the screen here, and it passed again alone (the cause was not found; a late stylesheet would explain it).
        await page.WaitForFunctionAsync("getComputedStyle(document.querySelector('.post-body p > math')).overflowX === 'auto'");
        await page.EvaluateAsync("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"the page scrolls sideways at {width}px");
        var inline = await page.EvaluateAsync<double[]>("""
            (() => {
              const math = [...document.querySelectorAll('.post-body p > math')].find(m => m.textContent.includes('ℒ'));
              const paragraph = math.parentElement.getBoundingClientRect(), box = math.getBoundingClientRect();
              return [box.right - paragraph.right, math.scrollWidth - math.clientWidth];
            })()
            """);
        var (beyondTheColumn, hidden) = (inline[0], inline[1]);
        Assert.True(beyondTheColumn <= 1, $"the formula's box ends {beyondTheColumn}px past the column");
        if (width < 600) Assert.True(hidden > 0, "the formula is wider than a phone's column, and scrolls");
    }

    [BrowserTheory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Math_is_in_the_colour_of_the_text_and_an_error_in_the_error_colour(ColorScheme scheme)
    {
        var page = await chromium.NewPageAsync(scheme: scheme);
        await page.GotoAsync(site.Url("/posts/a-typo-in-a-sum"));
        var artifacts = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "tests", "artifacts")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(artifacts, $"math-error-{scheme.ToString().ToLowerInvariant()}.png") });

        var colours = await page.EvaluateAsync<string[]>("""
            [getComputedStyle(document.querySelector('.post-body p')).color,
             getComputedStyle(document.querySelector('.post-body math mi')).color,
             getComputedStyle(document.querySelector('.post-body .math-error code')).color]
            """);
        var (text, math, error) = (colours[0], colours[1], colours[2]);
        Assert.Equal(text, math);
        Assert.NotEqual(text, error);
    }
}
