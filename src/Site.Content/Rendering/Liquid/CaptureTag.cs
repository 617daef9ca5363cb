using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Liquid's <c>{% capture name %}...{% endcapture %}</c>, writing into a <see cref="BoundedWriter"/>: a capture that
/// doubles itself in a loop would otherwise grow past the memory before the loop's steps run out.
/// </summary>
internal static class CaptureTag
{
    public static async ValueTask<Completion> RenderAsync(string name, IReadOnlyList<Statement> statements, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        using var captured = new BoundedWriter(LiquidRun.Of(context).Site.Limits.MaxChars);
        var completion = await statements.RenderStatementsAsync(captured, encoder, context);
        context.SetValue(name, new StringValue(captured.ToString(), encode: false));
        return completion;
    }
}
