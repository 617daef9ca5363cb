using System.Globalization;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// How far the Liquid of one post may go: it must end well within the post's time limit (the catalog's
/// <c>MaxParseMilliseconds</c>), and neither fill the memory nor exhaust the stack of a server that reads every post.
/// </summary>
/// <param name="MaxSteps">
/// Statements run, loops' turns included (Fluid's <c>MaxSteps</c>): 10 a millisecond of the time limit (50,000 by
/// default, far more than a real post runs) ends an endless loop well within it, even on a loaded host (a step's cost:
/// docs/benchmarks.md, "What bounds Liquid").
/// </param>
/// <param name="MaxChars">The longest text Liquid may make (the output, a capture, a filter's result).</param>
/// <param name="ParseBudget">How long reading the body's Liquid again after each error may go on.</param>
public sealed record LiquidLimits(int MaxSteps, int MaxChars, TimeSpan ParseBudget)
{
    /// <summary>Includes within includes; deeper is an include that includes itself.</summary>
    public const int MaxIncludeDepth = 10;

    /// <summary>
    /// Nested blocks (<c>if</c> in <c>for</c> in ...) in one text: the engine's parser recurses per block and overflows the
    /// stack, killing the process, at a few thousand; real posts nest a handful.
    /// </summary>
    public const int MaxBlockDepth = 50;

    /// <summary>
    /// One output or tag, from its braces to its closing pair: the engine recurses per filter, operator and index in one
    /// expression, and thousands overflow the stack; real tags are under a few hundred characters.
    /// </summary>
    public const int MaxMarkupLength = 2_000;

    /// <summary>
    /// Scopes within scopes (loops in loops, includes), Fluid's <c>MaxRecursion</c>: never unlimited, as an include that
    /// includes itself would then overflow the stack.
    /// </summary>
    public const int MaxRecursion = 64;

    public static LiquidLimits For(int maxParseMilliseconds, long maxPostBytes) => new(
        MaxSteps: (int)Math.Clamp(maxParseMilliseconds * 10L, 1_000, int.MaxValue),
        MaxChars: (int)Math.Clamp(maxPostBytes, 1_000_000, int.MaxValue / 4),
        ParseBudget: TimeSpan.FromMilliseconds(maxParseMilliseconds / 4.0));

    /// <summary>The most items a list Liquid makes may hold (a range, a filter's result): no loop could go through more.</summary>
    public int MaxItems => MaxSteps;

    internal string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{MaxSteps:N0} steps or {MaxRecursion} nested loops and includes");
}
