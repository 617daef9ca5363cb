using System.Collections.Concurrent;
using Fluid;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// What Liquid knows of the whole site while one catalog is built, the same for every post: the <c>site.*</c>
/// variables, the includes, the time zone dates are shown in, and the limits.
/// </summary>
/// <param name="variables">
/// <c>site.*</c> (<see cref="SiteVariables"/>): plain values (text, numbers, true/false, dates, lists, dictionaries), by
/// name, or a <see cref="Lazy{T}"/> of one, made when a post first reads it; <c>url</c> is the public address and
/// <c>baseurl</c> the path the site is served under (none: its root). Made when a post's Liquid first runs.
/// </param>
public sealed class LiquidSite(Func<IReadOnlyDictionary<string, object?>> variables, IncludeFolder includes, TimeZoneInfo timeZone, LiquidLimits limits)
{
    public static readonly LiquidSite Empty = new(() => new Dictionary<string, object?>(), IncludeFolder.None, TimeZoneInfo.Utc,
        LiquidLimits.For(CatalogSource.DefaultMaxParseMilliseconds, CatalogSource.DefaultMaxPostBytes));

    private readonly Lazy<IReadOnlyDictionary<string, object?>> _variables = new(variables);
    private readonly ConcurrentDictionary<string, FluidValue> _values = new(StringComparer.Ordinal);
    /// <summary>The lists and dictionaries made Liquid's so far, so that one met again (a post in a category's list) is made once.</summary>
    private readonly Dictionary<object, FluidValue> _made = new(ReferenceEqualityComparer.Instance);

    public IncludeFolder Includes { get; } = includes;
    public TimeZoneInfo TimeZone { get; } = timeZone;
    public LiquidLimits Limits { get; } = limits;

    /// <summary>The site's public address, without a final <c>/</c>: what <c>absolute_url</c> puts before a path.</summary>
    public string Url => Text("url").TrimEnd('/');

    /// <summary>The path the site is served under, without a final <c>/</c>: what <c>relative_url</c> puts before a path.</summary>
    public string BaseUrl => Text("baseurl").TrimEnd('/');

    /// <summary><c>site</c> as Liquid reads it.</summary>
    internal FluidValue Value => new SiteValue(this);

    private string Text(string name) => _variables.Value.GetValueOrDefault(name) as string ?? "";

    /// <summary>
    /// One variable made Liquid's once for every post: <c>site.posts</c>, read whole by a loop, would otherwise be made
    /// again, post by post, each time a post reads it. Nothing Liquid does changes a value it reads.
    /// </summary>
    private FluidValue Variable(string name) => _values.GetOrAdd(name, key =>
    {
        if (!_variables.Value.TryGetValue(key, out var value)) return NilValue.Instance;
        lock (_made) return Frozen(value is Lazy<object?> later ? later.Value : value);
    });

    /// <summary>A plain value as Liquid's, its lists and dictionaries too.</summary>
    private FluidValue Frozen(object? value)
    {
        if (value is not (IReadOnlyDictionary<string, object?> or IEnumerable<object?>)) return FluidValue.Create(value, LiquidOptions.Instance);
        if (_made.TryGetValue(value, out var done)) return done;
        var frozen = value is IReadOnlyDictionary<string, object?> fields
            ? FluidValue.Create(fields.ToDictionary(field => field.Key, field => Frozen(field.Value), StringComparer.Ordinal), LiquidOptions.Instance)
            : new ArrayValue([.. ((IEnumerable<object?>)value).Select(Frozen)]);
        _made[value] = frozen;
        return frozen;
    }

    /// <summary><c>site</c>: each variable read from the site as it is asked for; <c>site</c> itself shows as nothing.</summary>
    private sealed class SiteValue(LiquidSite site) : ObjectValueBase(new Dictionary<string, object?>())
    {
        public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context) => site.Variable(name);
    }
}
