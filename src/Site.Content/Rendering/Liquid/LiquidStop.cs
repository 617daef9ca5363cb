namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Liquid went past a limit, a filter failed on its input (<c>divided_by: 0</c>), or the run met what makes it pointless
/// (includes that include each other): the run stops, the body shows as written, and the message says why.
/// </summary>
/// <param name="offset">Where in the body, when known; else the body's first Liquid is named.</param>
internal sealed class LiquidStop(int? offset, string message) : Exception(message)
{
    public int? Offset { get; } = offset;
}
