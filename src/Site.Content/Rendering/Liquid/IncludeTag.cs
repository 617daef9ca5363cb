using System.Collections.Frozen;
using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Jekyll's <c>{% include note.html title="A note" level=page.level %}</c>: the file from <c>_includes/</c>, run with the
/// page's variables and its parameters as <c>include.*</c>, what it assigns holding after it. A file that is missing,
/// outside the folder or not valid Liquid is reported and the tag shows as written; includes nested deeper than
/// <see cref="LiquidLimits.MaxIncludeDepth"/> (an include that includes itself) stop the post's Liquid.
/// </summary>
internal static class IncludeTag
{
    public static async ValueTask<Completion> RenderAsync(IncludeCall call, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var run = LiquidRun.Of(context);
        if (run.IncludeDepth >= LiquidLimits.MaxIncludeDepth)
        {
            throw new LiquidStop(run.BodyOffset(call.Site), string.Create(CultureInfo.InvariantCulture,
                $"Liquid '{run.Shown(call.Site.Written)}' nests includes deeper than {LiquidLimits.MaxIncludeDepth} (does an include include itself?); the body's Liquid is not run and shows as written"));
        }

        var name = (await call.File.EvaluateAsync(context)).ToStringValue().Trim();
        var file = run.Site.Includes.Get(name);
        if (file.Template is not { } template)
        {
            run.Report(call.Site, file.Problem!);
            await writer.WriteAsync(call.Site.Written);
            return Completion.Normal;
        }

        var parameters = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        foreach (var (key, value) in file.Presets ?? FrozenDictionary<string, string>.Empty) parameters[key] = new StringValue(value);
        foreach (var (key, value) in call.Parameters) parameters[key] = await value.EvaluateAsync(context);
        // No scope of its own: as in Jekyll, what an include assigns holds after it (academicpages' base_path), and only
        // include.* is the include's.
        var outer = context.GetValue("include");
        context.SetValue("include", FluidValue.Create(parameters, context.Options));
        try
        {
            await run.InIncludeAsync(file, call.Site, async () =>
            {
                await template.RenderAsync(writer, encoder, context);
                return true;
            });
        }
        finally
        {
            context.SetValue("include", outer);
        }
        return Completion.Normal;
    }
}

/// <summary>An include tag as read: the file's name (an expression, as Jekyll allows <c>{% include {{ page.box }} %}</c>) and its parameters.</summary>
internal sealed record IncludeCall(TagSite Site, Expression File, IReadOnlyList<(string Name, Expression Value)> Parameters);
