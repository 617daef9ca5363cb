using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// Resolves the paths of Markdown links and images (<c>../assets/x.png</c> to <c>/assets/x.png</c>, a post's file to
/// its URL), writes them under the site's base path, and records every link and auto-link (as site paths, without the
/// base path) with where it was written.
/// </summary>
public sealed class LinkPaths : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is null) continue;
            var resolved = link.IsImage ? context.Resolver.ResolveMedia(link.Url) : context.Resolver.Resolve(link.Url);
            context.Links.Add(new BodyLink(resolved, link.IsImage, context.FirstLine + link.Line, link.Column + 1));
            link.Url = context.Resolver.Href(resolved);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            context.Links.Add(new BodyLink(autolink.Url, IsImage: false, context.FirstLine + autolink.Line, autolink.Column + 1));
        }
    }
}
