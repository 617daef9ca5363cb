using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// A filter this site does not know, in an include: as in Jekyll (Liquid not strict), its value passes through unchanged
/// and the include still runs, and only a filter actually applied is reported (al-folio's <c>figure.liquid</c> uses a
/// plugin's filter in a branch most posts never take), naming the include's line.
/// </summary>
/// <param name="markup">The markup of the include's text that uses it.</param>
internal sealed class UnknownFilter(Expression input, string name, Markup markup) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var value = await input.EvaluateAsync(context);
        LiquidRun.Of(context).ReportUnknownFilter(name, markup);
        return value;
    }

    /// <summary><paramref name="template"/>, read from <paramref name="text"/>, with each unknown filter made one of these.</summary>
    public static IFluidTemplate Mark(string text, IFluidTemplate template)
    {
        var uses = LiquidText.UnknownFilterUses(text, template).ToList();
        return uses.Count == 0 ? template : new Marker(uses).VisitTemplate(template);
    }

    /// <summary>Gives each unknown filter met, in the text's order, the next markup that uses it.</summary>
    private sealed class Marker(List<(Markup Markup, string Filter)> uses) : AstRewriter
    {
        private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

        protected override Expression VisitFilterExpression(FilterExpression filterExpression)
        {
            var visited = base.VisitFilterExpression(filterExpression);
            if (LiquidOptions.Instance.Filters.TryGetValue(filterExpression.Name, out _) || visited is not FilterExpression filter) return visited;
            var mine = uses.Where(use => use.Filter == filter.Name).Select(use => use.Markup).ToList();
            var index = _next.GetValueOrDefault(filter.Name);
            _next[filter.Name] = index + 1;
            // A markup using two unknown filters is listed under the first: the second is placed there too.
            return new UnknownFilter(filter.Input, filter.Name, mine.Count > 0 ? mine[Math.Min(index, mine.Count - 1)] : uses[0].Markup);
        }
    }
}
