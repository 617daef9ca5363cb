namespace Site.Content.Rendering.Highlighting;

/// <summary>
/// How far highlighting a block may go before the block is left plain: no more than <paramref name="MaxLines"/> lines,
/// none longer than <paramref name="MaxLineLength"/> characters (minified code, a data dump), no line taking longer
/// than <paramref name="LineTime"/> and the block no longer than <paramref name="BlockTime"/>. A grammar's regular
/// expressions can backtrack for a very long time on a hostile line; these keep every block's cost bounded.
/// </summary>
public sealed record HighlightLimits(int MaxLines, int MaxLineLength, TimeSpan LineTime, TimeSpan BlockTime)
{
    /// <summary>
    /// Twenty times what the slowest real block took the first time its grammar met it, rules compiled on the way, and
    /// hundreds of times what a real line takes once they are compiled (docs/highlighting.md).
    /// </summary>
    public static readonly HighlightLimits Default = new(MaxLines: 5_000, MaxLineLength: 2_000, LineTime: TimeSpan.FromSeconds(1),
        BlockTime: TimeSpan.FromSeconds(5));
}
