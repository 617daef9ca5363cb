using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// What Liquid knows of the whole site while one catalog is built, the same for every post: the <c>site.*</c>
/// variables, the includes, the time zone dates are shown in, and the limits.
/// </summary>
/// <param name="variables">
/// <c>site.*</c>: plain values (text, numbers, true/false, lists, dictionaries), by name; <c>url</c> is the public
/// address and <c>baseurl</c> the path the site is served under (none: its root).
/// </param>
public sealed class LiquidSite(IReadOnlyDictionary<string, object?> variables, IncludeFolder includes, TimeZoneInfo timeZone, LiquidLimits limits)
{
    public static readonly LiquidSite Empty = new(new Dictionary<string, object?>(), IncludeFolder.None, TimeZoneInfo.Utc,
        LiquidLimits.For(CatalogSource.DefaultMaxParseMilliseconds, CatalogSource.DefaultMaxPostBytes));

    private readonly Dictionary<string, object?> _variables = new(variables, StringComparer.Ordinal);

    public IncludeFolder Includes { get; } = includes;
    public TimeZoneInfo TimeZone { get; } = timeZone;
    public LiquidLimits Limits { get; } = limits;

    /// <summary>The site's public address, without a final <c>/</c>: what <c>absolute_url</c> puts before a path.</summary>
    public string Url => Text("url").TrimEnd('/');

    /// <summary>The path the site is served under, without a final <c>/</c>: what <c>relative_url</c> puts before a path.</summary>
    public string BaseUrl => Text("baseurl").TrimEnd('/');

    /// <summary><c>site</c> as Liquid reads it; its values are made Liquid's as they are read.</summary>
    internal FluidValue Value => FluidValue.Create(_variables, LiquidOptions.Instance);

    private string Text(string name) => _variables.GetValueOrDefault(name)?.ToString() ?? "";
}
