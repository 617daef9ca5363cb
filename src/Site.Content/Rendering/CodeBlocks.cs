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
            if (NumbersLines(fence.Arguments)) fence.GetAttributes().AddPropertyIfNotExist("data-linenos", "");
        }
    }

    /// <summary>Whether the options after a code block's language (<c>linenos</c>) ask for numbered lines.</summary>
    public static bool NumbersLines(string? options) =>
        (options?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? []).Any(option => option is "linenos" or "linenos=table" or "linenos=inline");
}
