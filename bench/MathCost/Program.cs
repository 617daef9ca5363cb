using System.Diagnostics;
using System.Globalization;
using Jint;
using Site.Content.Rendering;

// What math costs (docs/math.md), in one of three modes:
//   first-use temml|katex|site   in a fresh process: milliseconds to the first expression typeset, and the RSS added;
//                                 temml and katex through a bare Jint engine under the site's limits, site through the
//                                 site's own Temml class (its thread per conversion included)
//   per-expression temml|katex|site   in a fresh process: milliseconds per expression of a research post's math, once
//                                 warm (after 10 rounds of it), median and 90th percentile of 20 rounds
//   body                         milliseconds to finish a post of that math through MathTypesetting, warm
//   markdown                     that math as a post's Markdown, which bench/math-cost.sh adds to generated posts
// bench/math-cost.sh runs them and prints medians.

var folder = AppContext.BaseDirectory;
var temmlScript = Path.Combine(folder, "temml", "temml.min.js");
var katexScript = Path.Combine(folder, "katex", "katex.min.js");

switch (args)
{
    case ["first-use", var which]:
    {
        var rss = Environment.WorkingSet;
        var clock = Stopwatch.StartNew();
        var convert = Converter(which);
        convert(@"\frac{a}{b}", false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clock.Elapsed.TotalMilliseconds:F1} {(Environment.WorkingSet - rss) / 1048576.0:F0}"));
        return 0;
    }
    case ["per-expression", var which]:
    {
        var convert = Converter(which);
        for (var round = 0; round < 10; round++)
        {
            foreach (var (tex, display) in Expressions.Post) convert(tex, display);
        }
        var times = new List<double>();
        for (var round = 0; round < 20; round++)
        {
            foreach (var (tex, display) in Expressions.Post)
            {
                var clock = Stopwatch.StartNew();
                convert(tex, display);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Median(times):F2} {Percentile(times, 0.9):F2}"));
        return 0;
    }
    case ["body"]:
    {
        var stage = new MathTypesetting(new Temml(temmlScript));
        var written = BodyPipeline.Default.Render(Expressions.AsMarkdown(), new BodyContext(LinkResolver.WithoutPosts)).Body.Written;
        for (var round = 0; round < 10; round++) stage.Finish(written, []);
        var times = new List<double>();
        for (var round = 0; round < 20; round++)
        {
            var clock = Stopwatch.StartNew();
            stage.Finish(written, []);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        var withoutMath = BodyPipeline.Default.Render("A paragraph costing $5, with `code`.", new BodyContext(LinkResolver.WithoutPosts)).Body.Written;
        var ticks = Stopwatch.StartNew();
        for (var i = 0; i < 100_000; i++) stage.Finish(withoutMath, []);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Expressions.Post.Length} {Median(times):F1} {ticks.Elapsed.TotalMilliseconds * 1000 / 100_000:F3}"));
        return 0;
    }
    case ["markdown"]:
        Console.WriteLine(Expressions.AsMarkdown());
        return 0;
    default:
        Console.Error.WriteLine("usage: MathCost first-use|per-expression temml|katex|site | body | markdown");
        return 2;
}

Func<string, bool, string> Converter(string which)
{
    if (which == "site")
    {
        var temml = new Temml(temmlScript);
        return (tex, display) => temml.Convert(tex, display).MathMl ?? throw new InvalidOperationException(tex);
    }
    // A bare engine under the limits the site sets (Temml.cs), so that the two scripts are compared alike.
    var engine = new Engine(options => options.Culture(CultureInfo.InvariantCulture).MaxStatements(1_000_000).LimitRecursion(100));
    engine.Execute(File.ReadAllText(which == "temml" ? temmlScript : katexScript));
    engine.Execute(which == "temml"
        ? "function typeset(tex, display) { return temml.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, maxSize: [20, 200], maxExpand: 1000 }); }"
        : "function typeset(tex, display) { return katex.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, maxSize: 20, maxExpand: 1000, output: 'mathml' }); }");
    return (tex, display) => engine.Invoke("typeset", tex, display).AsString();
}

static double Median(List<double> values) => Percentile(values, 0.5);

static double Percentile(List<double> values, double fraction)
{
    var sorted = values.Order().ToList();
    return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(fraction * sorted.Count))];
}

/// <summary>The math of a research post: inline symbols, fractions, sums, an aligned derivation, a matrix, cases.</summary>
internal static class Expressions
{
    public static readonly (string Tex, bool Display)[] Post =
    [
        (@"q \in \mathbb{R}^d", false),
        (@"k_1, \dots, k_n", false),
        (@"\sqrt{d_k}", false),
        (@"d_k = 2^{10}", false),
        (@"\sum_i a_i v_i", false),
        (@"\theta^\ast", false),
        (@"p(x \mid \theta)", false),
        (@"\mathcal{L}(\theta)", false),
        (@"\nabla_\theta \mathcal{L}", false),
        (@"\varepsilon \sim \mathcal{N}(0, I)", false),
        (@"\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\left(\frac{Q K^\top}{\sqrt{d_k}}\right) V", true),
        (@"\hat\theta = \arg\max_\theta \sum_{i=1}^n \log p(x_i \mid \theta)", true),
        (@"\int_{-\infty}^{\infty} e^{-x^2}\,dx = \sqrt{\pi}", true),
        (@"\begin{aligned} a_i &= \frac{\exp(s_i)}{\sum_{j=1}^n \exp(s_j)} \\ &= \operatorname{softmax}_i(s) \end{aligned}", true),
        (@"\mathbf{W} = \begin{pmatrix} w_{11} & w_{12} & w_{13} \\ w_{21} & w_{22} & w_{23} \\ w_{31} & w_{32} & w_{33} \end{pmatrix}", true),
        (@"\operatorname{ReLU}(x) = \begin{cases} x & x > 0 \\ 0 & \text{otherwise} \end{cases}", true),
        (@"\mathbb{E}_{x \sim p}\left[\, \lVert f(x) - y \rVert_2^2 \,\right] \leq \epsilon", true),
        (@"\frac{\partial \mathcal{L}}{\partial w_{ij}} = \delta_j \, o_i", true),
        (@"\lim_{n \to \infty} \left(1 + \frac{1}{n}\right)^n = e", true),
        (@"\mathrm{KL}(q \,\|\, p) = \sum_x q(x) \log \frac{q(x)}{p(x)}", true),
    ];

    public static string AsMarkdown() => string.Join("\n\n", Post.Select(e => e.Display ? $"$${e.Tex}$$" : $"Inline $${e.Tex}$$ in text."));
}
