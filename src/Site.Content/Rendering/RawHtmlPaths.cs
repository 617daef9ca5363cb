using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// The raw HTML an author wrote, blocks and inline tags, through <see cref="RawHtmlRewriter"/>: the paths of
/// <c>href</c>, <c>src</c>, <c>srcset</c> and <c>poster</c> resolved and written under the site's base path,
/// <c>rel="noopener"</c> on links that leave the site, every other character as written; each link recorded (as a site
/// path, without the base path) with where it was written, each image without alt text reported. Its images keep what
/// the author wrote: raw HTML reaches the page as written, so they get no variants.
/// </summary>
public sealed class RawHtmlPaths : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        var rewriter = new RawHtmlRewriter(context.Resolver.Resolve, context.Links, context.Resolver.Href, context.Problems, context.Resolver.ResolveMedia);
        foreach (var block in document.Descendants<HtmlBlock>())
        {
            var html = block.Lines.ToString();
            var rewritten = rewriter.Rewrite(html, context.FirstLine + block.Line, block.Column + 1);
            if (!ReferenceEquals(rewritten, html)) block.Lines = new StringLineGroup(rewritten);
        }
        foreach (var inline in document.Descendants<HtmlInline>())
        {
            inline.Tag = rewriter.Rewrite(inline.Tag, context.FirstLine + inline.Line, inline.Column + 1);
        }
    }
}
