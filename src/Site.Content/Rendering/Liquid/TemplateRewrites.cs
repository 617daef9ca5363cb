using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// A parsed template changed where Fluid differs from what a server can afford or from Liquid as Jekyll runs it: every
/// range is bounded (<see cref="BoundedRange"/>), and a loop with an <c>offset</c> counts its turns from 1, as Liquid's
/// <c>forloop.index</c> does (Fluid counts from the offset).
/// </summary>
internal sealed class TemplateRewrites : AstRewriter
{
    public static IFluidTemplate Apply(IFluidTemplate template) => new TemplateRewrites().VisitTemplate(template);

    /// <summary>A tag's argument, which the engine's own walk over a template does not reach.</summary>
    public static Expression Apply(Expression expression) => new TemplateRewrites().Visit(expression);

    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRange(Visit(rangeExpression.From), Visit(rangeExpression.To));

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        var loop = (ForStatement)base.VisitForStatement(forStatement);
        if (loop.Offset is null || loop.OffsetIsContinue) return loop;
        return new ForStatement([.. loop.Statements], loop.Identifier, new Slice(loop.Source, loop.Offset, loop.Limit), null, null, loop.Reversed, loop.Else);
    }

    /// <summary>The items a loop goes through: past the offset, at most the limit (a negative limit leaves that many out at the end).</summary>
    private sealed class Slice(Expression source, Expression offset, Expression? limit) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var items = (await source.EvaluateAsync(context)).Enumerate(context).ToList();
            var start = Math.Clamp((int)(await offset.EvaluateAsync(context)).ToNumberValue(), 0, items.Count);
            var count = items.Count - start;
            if (limit is not null)
            {
                var most = (int)(await limit.EvaluateAsync(context)).ToNumberValue();
                count = most < 0 ? Math.Max(0, count + most) : Math.Min(count, most);
            }
            return new ArrayValue(items.GetRange(start, count));
        }
    }
}
