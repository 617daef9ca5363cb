using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// Code blocks as the finishing stages expect them: the language a <c>language-*</c> class on the written
/// <c>&lt;code&gt;</c> (a fence's info string gives it, as kramdown's <c>~~~ ruby</c> and an attribute list's
/// <c>{: .language-ruby}</c> do), and <c>linenos</c> after the language (Jekyll's <c>{% highlight ruby linenos %}</c>)
/// a <c>data-linenos</c> attribute.
/// </summary>
public sealed class CodeBlocks : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        foreach (var fence in document.Descendants<FencedCodeBlock>())
        {
            var arguments = fence.Arguments?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (arguments.Any(argument => argument is "linenos" or "linenos=table" or "linenos=inline"))
                fence.GetAttributes().AddPropertyIfNotExist("data-linenos", "");
        }
    }
}
