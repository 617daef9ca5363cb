using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>Markdown links and auto-links that leave the site get <c>rel="noopener"</c> (raw HTML's get it from <see cref="RawHtmlPaths"/>).</summary>
public sealed class ExternalLinks : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(link => !link.IsImage && link.Url is { } url && LinkResolver.IsExternal(url)))
            link.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(autolink => LinkResolver.IsExternal(autolink.Url)))
            autolink.GetAttributes().AddPropertyIfNotExist("rel", "noopener");
    }
}
