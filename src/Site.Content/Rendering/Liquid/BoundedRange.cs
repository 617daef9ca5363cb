using System.Globalization;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Liquid's range <c>(1..n)</c>, refusing more items than <see cref="LiquidLimits.MaxItems"/>: the engine's own makes
/// the whole list before a loop takes a step, and <c>(1..2000000000)</c> would take the server's memory.
/// </summary>
internal sealed class BoundedRange(Expression from, Expression to) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var start = decimal.Truncate((await from.EvaluateAsync(context)).ToNumberValue());
        var end = decimal.Truncate((await to.EvaluateAsync(context)).ToNumberValue());
        var count = Math.Max(0, end - start + 1);
        var limit = LiquidRun.Of(context).Site.Limits.MaxItems;
        if (count > limit)
            throw new LiquidStop(null, string.Create(CultureInfo.InvariantCulture, $"a range of {count:N0} items is more than the {limit:N0} Liquid may make here"));
        var items = new FluidValue[(int)count];
        for (var i = 0; i < items.Length; i++) items[i] = NumberValue.Create(start + i);
        return new ArrayValue(items);
    }
}
