using System.Globalization;
using Fluid;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Jekyll's filters over lists of items (front matter lists, a page's authors): <c>where: "prop", "value"</c> (an item
/// whose property is the value, or a list holding it, compared as text), <c>where_exp: "item", "item.year > 2020"</c>,
/// <c>sort: "prop"</c> (items without it first, or last with <c>"last"</c>) and <c>group_by: "prop"</c> (a list of
/// <c>name</c>, <c>items</c>, <c>size</c>). A property may be a path: <c>"author.name"</c>.
/// </summary>
internal static class CollectionFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.TryGetValue("sort", out var sortByValue);
        filters.AddFilter("where", WhereAsync);
        filters.AddFilter("where_exp", WhereExpressionAsync);
        filters.AddFilter("group_by", GroupByAsync);
        filters.AddFilter("sort", (input, arguments, context) =>
            arguments.At(0).IsNil() && sortByValue is not null ? sortByValue(input, arguments, context) : SortAsync(input, arguments, context));
    }

    private static async ValueTask<FluidValue> WhereAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var property = arguments.At(0).ToStringValue();
        var wanted = arguments.At(1).ToStringValue();
        var kept = new List<FluidValue>();
        foreach (var item in Items(input, context))
        {
            var value = await PropertyAsync(item, property, context);
            var texts = value is ArrayValue list ? list.Values.Select(v => v.ToStringValue()) : value.IsNil() ? [] : [value.ToStringValue()];
            if (texts.Contains(wanted, StringComparer.Ordinal)) kept.Add(item);
        }
        return new ArrayValue(kept);
    }

    private static async ValueTask<FluidValue> WhereExpressionAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var variable = arguments.At(0).ToStringValue();
        if (JekyllParser.Instance.ReadCondition(arguments.At(1).ToStringValue()) is not { } condition)
            throw LiquidRun.Of(context).StopAtFilter("where_exp", $"Liquid stopped: where_exp's condition '{arguments.At(1).ToStringValue()}' is not a Liquid condition");
        var kept = new List<FluidValue>();
        context.EnterChildScope();
        try
        {
            foreach (var item in Items(input, context))
            {
                context.IncrementSteps();
                context.SetValue(variable, item);
                if ((await condition.EvaluateAsync(context)).ToBooleanValue()) kept.Add(item);
            }
        }
        finally
        {
            context.ReleaseScope();
        }
        return new ArrayValue(kept);
    }

    private static async ValueTask<FluidValue> SortAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var property = arguments.At(0).ToStringValue();
        var nilsLast = arguments.At(1).ToStringValue() == "last";
        var keyed = new List<(FluidValue Key, FluidValue Item)>();
        foreach (var item in Items(input, context)) keyed.Add((await PropertyAsync(item, property, context), item));
        var sorted = keyed.Order(Comparer<(FluidValue Key, FluidValue Item)>.Create((a, b) => (a.Key.IsNil(), b.Key.IsNil()) switch
        {
            (true, false) => nilsLast ? 1 : -1,
            (false, true) => nilsLast ? -1 : 1,
            (true, true) => 0,
            _ => Compare(a.Key, b.Key),
        }));
        return new ArrayValue([.. sorted.Select(pair => pair.Item)]);
    }

    private static async ValueTask<FluidValue> GroupByAsync(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var property = arguments.At(0).ToStringValue();
        var groups = new List<(string Name, List<FluidValue> Items)>();
        foreach (var item in Items(input, context))
        {
            var name = (await PropertyAsync(item, property, context)).ToStringValue();
            var group = groups.FindIndex(g => g.Name == name);
            if (group < 0) groups.Add((name, [item]));
            else groups[group].Items.Add(item);
        }
        return new ArrayValue([.. groups.Select(group => new Group(group.Name, group.Items))]);
    }

    /// <summary>
    /// One group of <c>group_by</c>: <c>name</c>, <c>items</c> and <c>size</c>, its number of items. Not a dictionary:
    /// Fluid's gives its own number of keys for <c>size</c>, where Liquid gives the key's value.
    /// </summary>
    private sealed class Group(string name, List<FluidValue> items) : ObjectValueBase(new Dictionary<string, object?>
    {
        ["name"] = name,
        ["items"] = items.Select(item => item.ToObjectValue()).ToList(),
        ["size"] = items.Count,
    })
    {
        public override ValueTask<FluidValue> GetValueAsync(string member, TemplateContext context) => member switch
        {
            "name" => new StringValue(name),
            "items" => new ArrayValue(items),
            "size" => NumberValue.Create(items.Count),
            _ => NilValue.Instance,
        };
    }

    /// <summary>A list's items, or a dictionary's values, as Jekyll filters them.</summary>
    private static IEnumerable<FluidValue> Items(FluidValue input, TemplateContext context) => input switch
    {
        ArrayValue list => list.Values,
        DictionaryValue dictionary => dictionary.Enumerate(context).Select(pair => pair is ArrayValue { Values.Count: 2 } entry ? entry.Values[1] : pair),
        _ => [],
    };

    private static async ValueTask<FluidValue> PropertyAsync(FluidValue item, string path, TemplateContext context)
    {
        foreach (var name in path.Split('.'))
        {
            if (item.IsNil()) break;
            item = await item.GetValueAsync(name, context);
        }
        return item;
    }

    private static int Compare(FluidValue a, FluidValue b) => (a, b) switch
    {
        (NumberValue, NumberValue) => a.ToNumberValue().CompareTo(b.ToNumberValue()),
        // Times print in the site's time zone, whose text does not sort across a change of its offset.
        (JekyllTime, JekyllTime) => ((DateTimeOffset)a.ToObjectValue()).CompareTo((DateTimeOffset)b.ToObjectValue()),
        _ => string.Compare(a.ToStringValue(), b.ToStringValue(), StringComparison.Ordinal),
    };
}
