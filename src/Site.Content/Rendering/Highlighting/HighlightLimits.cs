namespace Site.Content.Rendering.Highlighting;

/// <summary>
/// How far highlighting a block may go before the block is left plain: no line longer than
/// <paramref name="MaxLineLength"/> characters (minified code, a data dump), no line taking longer than
/// <paramref name="LineTime"/> and no block longer than <paramref name="BlockTime"/>. A grammar's regular expressions
/// can backtrack for a very long time on a hostile line; these keep every block's cost bounded.
/// </summary>
public sealed record HighlightLimits(int MaxLineLength, TimeSpan LineTime, TimeSpan BlockTime)
{
    /// <summary>
    /// Several times what the slowest real block took the first time its grammar met it, rules compiled on the way
    /// (a C++ class: about 230 ms; docs/highlighting.md), and a hundred times what any real line takes after that.
    /// </summary>
    public static readonly HighlightLimits Default = new(MaxLineLength: 2_000, LineTime: TimeSpan.FromSeconds(1), BlockTime: TimeSpan.FromSeconds(2));
}
