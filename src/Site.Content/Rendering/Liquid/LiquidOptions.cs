using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Fluid;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// How the engine runs every post: Liquid's standard filters and Jekyll's, the invariant culture (the server's never
/// changes a date or a number), times printed as Jekyll prints them (<see cref="JekyllTime"/>), JSON that keeps its text readable (<c>jsonify</c> goes into Markdown, not a script),
/// scopes bounded (<see cref="LiquidLimits.MaxRecursion"/>), and every filter's result held to the post's limits, so that
/// a loop that doubles a text or a list each turn stops at once.
/// </summary>
internal static class LiquidOptions
{
    public static readonly TemplateOptions Instance = Create();

    private static TemplateOptions Create()
    {
        var options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            MaxRecursion = LiquidLimits.MaxRecursion,
            JsonSerializerOptions = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Converters = { new JekyllTime.Json() } },
        };
        options.ValueConverters.Add(value => value is DateTimeOffset date ? new JekyllTime(date) : null);
        UrlFilters.Register(options.Filters);
        DateFilters.Register(options.Filters);
        TextFilters.Register(options.Filters);
        CollectionFilters.Register(options.Filters);
        foreach (var (name, filter) in options.Filters.ToList()) options.Filters.AddFilter(name, Bounded(name, filter));
        return options;
    }

    private static FilterDelegate Bounded(string name, FilterDelegate filter) => (input, arguments, context) =>
    {
        try
        {
            var result = filter(input, arguments, context);
            return result.IsCompletedSuccessfully ? new ValueTask<FluidValue>(Checked(name, result.Result, context)) : CheckedAsync(name, result, context);
        }
        catch (Exception e) when (IsFilterFailure(e))
        {
            throw Failed(name, e, context);
        }
    };

    private static async ValueTask<FluidValue> CheckedAsync(string name, ValueTask<FluidValue> result, TemplateContext context)
    {
        try
        {
            return Checked(name, await result, context);
        }
        catch (Exception e) when (IsFilterFailure(e))
        {
            throw Failed(name, e, context);
        }
    }

    /// <summary>What a filter throws on its input (<c>divided_by: 0</c>, a number too large), not a limit reached or the engine's own stop.</summary>
    private static bool IsFilterFailure(Exception e) => e is not (LiquidStop or OutOfMemoryException or InvalidOperationException);

    private static LiquidStop Failed(string name, Exception e, TemplateContext context) =>
        LiquidRun.Of(context).StopAtFilter(name, $"Liquid failed in the filter '{name}' ({e.Message.TrimEnd('.')})");

    private static FluidValue Checked(string name, FluidValue value, TemplateContext context)
    {
        var limits = LiquidRun.Of(context).Site.Limits;
        if (value is StringValue && value.ToStringValue().Length > limits.MaxChars)
            throw LiquidRun.Of(context).StopAtFilter(name, string.Create(CultureInfo.InvariantCulture, $"Liquid stopped: the filter '{name}' made a text longer than the {limits.MaxChars:N0} characters Liquid may make here"));
        if (value is ArrayValue list && list.Values.Count > limits.MaxItems)
            throw LiquidRun.Of(context).StopAtFilter(name, string.Create(CultureInfo.InvariantCulture, $"Liquid stopped: the filter '{name}' made a list longer than the {limits.MaxItems:N0} items Liquid may make here"));
        return value;
    }
}
