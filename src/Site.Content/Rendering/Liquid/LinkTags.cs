using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Jekyll's links to posts and files: <c>{% post_url 2023-01-01-x %}</c> and <c>{% link _posts/2023-01-01-x.md %}</c>
/// become the post's URL (through the <see cref="LinkResolver"/>), and <c>{% link assets/x.png %}</c>, which names no
/// post, the site path <c>/assets/x.png</c>. A post that is not there is reported and the tag shows as written.
/// The path is under <c>site.baseurl</c>, as Jekyll 4 writes it, unless the text just before the tag already ends with
/// the base, as in Jekyll 3's (and GitHub Pages') idiom <c>{{ site.baseurl }}{% post_url x %}</c>: the base is written
/// once either way, and <c>{{ site.url }}{% post_url x %}</c> is the post's whole address too.
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
        // A post's file (a missing one is reported), or an HTML file that is a post's (one that is none is a file served).
        var posts = run.Body.Resolver.PostFiles;
        if (posts.IsPostFile(path) || posts.MayNamePost(path) && run.Body.Resolver.TryGetPostUrl(path[(path.LastIndexOf('/') + 1)..], out _))
            await WritePostUrlAsync(call, path, writer, run);
        else await writer.WriteAsync(UnderBase(writer, run.Site.BaseUrl, "/" + path.TrimStart('/')));
        return Completion.Normal;
    }

    private static async Task WritePostUrlAsync(LinkCall call, string path, TextWriter writer, LiquidRun run)
    {
        var fileName = path[(path.LastIndexOf('/') + 1)..];
        if (run.Body.Resolver.TryGetPostUrl(fileName, out var url))
        {
            await writer.WriteAsync(UnderBase(writer, run.Site.BaseUrl, url));
            return;
        }
        run.Report(call.Site, $"names no post file '{fileName}'");
        await writer.WriteAsync(call.Site.Written);
    }

    /// <summary><paramref name="path"/> under the base, unless what <paramref name="writer"/> holds already ends with it.</summary>
    private static string UnderBase(TextWriter writer, string basePath, string path) =>
        basePath.Length > 0 && !EndsWith(writer, basePath) ? basePath + path : path;

    /// <summary>Whether the text written so far ends with <paramref name="tail"/> (every writer Liquid writes to here is a text being made).</summary>
    private static bool EndsWith(TextWriter writer, string tail)
    {
        if (writer is not StringWriter written) return false;
        var text = written.GetStringBuilder();
        if (text.Length < tail.Length) return false;
        for (var i = 0; i < tail.Length; i++)
        {
            if (char.ToUpperInvariant(text[text.Length - tail.Length + i]) != char.ToUpperInvariant(tail[i])) return false;
        }
        return true;
    }
}

/// <summary>A link tag as read: the post or file it names.</summary>
internal sealed record LinkCall(TagSite Site, Expression Path);
