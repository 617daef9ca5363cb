using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>Markdown images load lazily and decode off the main thread, unless the author said otherwise.</summary>
public sealed class ImageLoading : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            image.GetAttributes().AddPropertyIfNotExist("loading", "lazy");
            image.GetAttributes().AddPropertyIfNotExist("decoding", "async");
        }
    }
}
