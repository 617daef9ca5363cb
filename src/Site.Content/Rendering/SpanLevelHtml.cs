using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// Text read as kramdown reads the inside of a raw HTML element marked <c>markdown="span"</c>: span-level only, its
/// emphasis, links and code written straight into the element, with no paragraph around them (which would make a
/// <c>&lt;p&gt;</c> inside a <c>&lt;p&gt;</c>, or one that closes after its <c>&lt;/div&gt;</c>).
/// </summary>
public sealed class SpanLevelHtml : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<TextRenderer>();
    }

    /// <summary>The paragraph as span-level text: its inlines written without it, where it stood.</summary>
    public static Text Of(ParagraphBlock paragraph)
    {
        var text = new Text { Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span };
        text.Add(paragraph);
        return text;
    }

    /// <summary>Holds a paragraph whose text is written without the paragraph around it.</summary>
    public sealed class Text() : ContainerBlock(null);

    private sealed class TextRenderer : HtmlObjectRenderer<Text>
    {
        protected override void Write(HtmlRenderer renderer, Text text)
        {
            foreach (var block in text)
            {
                renderer.EnsureLine();
                if (block is ParagraphBlock paragraph) renderer.WriteLeafInline(paragraph);
                else renderer.Write(block);
                renderer.EnsureLine();
            }
        }
    }
}
