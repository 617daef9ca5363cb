using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Jekyll's links to posts and files: <c>{% post_url 2023-01-01-x %}</c> and <c>{% link _posts/2023-01-01-x.md %}</c>
/// become the post's URL (through the <see cref="LinkResolver"/>), and <c>{% link assets/x.png %}</c>, which names no
/// post, the site path <c>/assets/x.png</c>. A post that is not there is reported and the tag shows as written.
/// </summary>
internal static class LinkTags
{
    public static async ValueTask<Completion> RenderPostUrlAsync(LinkCall call, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        await WritePostUrlAsync(call, (await call.Path.EvaluateAsync(context)).ToStringValue().Trim(), writer, LiquidRun.Of(context));
        return Completion.Normal;
    }

    public static async ValueTask<Completion> RenderLinkAsync(LinkCall call, TextWriter writer, TextEncoder encoder, TemplateContext context)
    {
        context.IncrementSteps();
        var path = (await call.Path.EvaluateAsync(context)).ToStringValue().Trim();
        var run = LiquidRun.Of(context);
        if (PostFiles.IsPostFile(path)) await WritePostUrlAsync(call, path, writer, run);
        else await writer.WriteAsync(run.Site.BaseUrl + "/" + path.TrimStart('/'));
        return Completion.Normal;
    }

    private static async Task WritePostUrlAsync(LinkCall call, string path, TextWriter writer, LiquidRun run)
    {
        var fileName = path[(path.LastIndexOf('/') + 1)..];
        if (run.Body.Resolver.TryGetPostUrl(fileName, out var url))
        {
            await writer.WriteAsync(run.Site.BaseUrl + url);
            return;
        }
        run.Report(call.Site, $"names no post file '{fileName}'");
        await writer.WriteAsync(call.Site.Written);
    }
}

/// <summary>A link tag as read: the post or file it names.</summary>
internal sealed record LinkCall(TagSite Site, Expression Path);
