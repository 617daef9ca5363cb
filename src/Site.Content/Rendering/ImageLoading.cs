using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// Markdown images. A local one gets its <c>width</c> and <c>height</c> from its file, so that nothing moves as it
/// loads, and, where the site resizes it, a <c>srcset</c> of its variants sized to the body's column inside a
/// <c>&lt;picture&gt;</c> with WebP (<see cref="PictureMarkup"/>). The first image, on a page that shows no preview
/// image above the body and when it comes in the body's first blocks, is fetched first; the others load lazily; all
/// decode off the main thread. What the author wrote stays: an image given a <c>srcset</c>, a <c>width</c> or a
/// <c>height</c> keeps them and gets no other. External and SVG images keep what the author wrote. An image without
/// alt text, and a local one over 1 MB that is sent as it is, are reported.
/// </summary>
public sealed class ImageLoading : IDocumentStage
{
    /// <summary>A local image sent as it is above this size is worth a warning: on a phone's connection it takes seconds.</summary>
    public const long LargeImageBytes = 1024 * 1024;

    /// <summary>How many of the body's first blocks are likely in view as the page opens, on a phone.</summary>
    private const int BlocksInView = 2;

    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        var first = true;
        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage).ToList())
        {
            var priority = first && context.FirstImageMayLead && BlockIndex(image, document) < BlocksInView ? ImagePriority.Lead : ImagePriority.Lazy;
            first = false;
            var (line, column) = (context.FirstLine + image.Line, image.Column + 1);
            // LinkPaths wrote the URL under the site's base path: the file is at the site path below it.
            var url = image.Url is { } written ? context.Resolver.Resolve(written) : null;
            if (image.FirstChild is null)
                context.Problems.Add(new BodyProblem($"image '{url}' has no alt text: describe it between the brackets, ![like this]({url})", line, column));

            var attributes = image.GetAttributes();
            var file = context.Images is { } files && url is not null && SitePath.IsSitePath(url) ? files.Find(SitePath.PathOf(url)) : null;
            if (file is not null) ReportLarge(file, context, line, column);
            if (file is null || file.Width == 0 || HasAny(attributes, "srcset", "width", "height"))
            {
                attributes.AddPropertyIfNotExist("loading", "lazy");
                attributes.AddPropertyIfNotExist("decoding", "async");
                continue;
            }

            var responsive = ResponsiveImage.For(file);
            image.Url = context.Resolver.Href(responsive.Src);
            foreach (var (name, value) in PictureMarkup.ImgAttributes(responsive, ImageSizes.Column, priority, context.Resolver.Href))
                attributes.AddPropertyIfNotExist(name, value);
            if (PictureMarkup.Opening(responsive, ImageSizes.Column, context.Resolver.Href) is { Length: > 0 } opening)
            {
                image.InsertBefore(new HtmlInline(opening) { Span = image.Span });
                image.InsertAfter(new HtmlInline(PictureMarkup.Closing(responsive)) { Span = image.Span });
            }
            if (responsive.Variants.Count > 0) context.Pictures.Add(responsive);
        }
    }

    private static void ReportLarge(ImageFile file, BodyContext context, int line, int column)
    {
        if (LargeImageProblem(file) is { } problem) context.Problems.Add(new BodyProblem(problem, line, column));
    }

    /// <summary>What is wrong with a local image that is sent as it is and weighs over <see cref="LargeImageBytes"/>; null when nothing is.</summary>
    public static string? LargeImageProblem(ImageFile file) =>
        file.NotResized is { } reason && file.Length > LargeImageBytes
            ? string.Create(CultureInfo.InvariantCulture, $"local image '{file.SitePath}' is {file.Length / (1024.0 * 1024):0.0} MB and is sent as it is: {reason}")
            : null;

    private static bool HasAny(HtmlAttributes attributes, params string[] names) =>
        attributes.Properties?.Any(property => names.Contains(property.Key, StringComparer.OrdinalIgnoreCase)) == true;

    /// <summary>The position among the document's top-level blocks of the block that holds <paramref name="inline"/>.</summary>
    private static int BlockIndex(Inline inline, MarkdownDocument document)
    {
        var container = inline.Parent;
        while (container?.Parent is { } parent) container = parent;
        // A paragraph split off by KramdownAttributes holds its inlines in a container Markdig did not make, which names
        // no parent block: the top-level block over the image's place in the text is the one.
        Block? block = container?.ParentBlock ?? document.FirstOrDefault(top => top.Span.Start <= inline.Span.Start && inline.Span.Start <= top.Span.End);
        while (block?.Parent is { } parent && parent != document) block = parent;
        return block is null ? int.MaxValue : document.IndexOf(block);
    }
}
