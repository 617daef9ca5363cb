using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// Boxes that scroll sideways on a phone can be reached from the keyboard: <c>tabindex="0"</c>, so that arrow keys
/// scroll them (axe's <c>scrollable-region-focusable</c>). This stage gives it to the tables and code blocks Markdown
/// makes, highlighted or not; math (<see cref="MathTypesetting"/>) gives it to the boxes it writes. A code block's
/// attributes are written on its <c>&lt;code&gt;</c>, inside the <c>&lt;pre&gt;</c> that scrolls: the arrow keys
/// scroll the box around what has the focus. The author's raw HTML keeps its elements and attributes as written (the
/// contract): it gets none.
/// </summary>
public sealed class ScrollBoxes : IDocumentStage
{
    /// <summary>The attribute a scroll box gets, unless the author gave it one.</summary>
    public const string Reachable = " tabindex=\"0\"";

    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        foreach (var table in document.Descendants<Table>()) table.GetAttributes().AddPropertyIfNotExist("tabindex", "0");
        foreach (var code in document.Descendants<CodeBlock>()) code.GetAttributes().AddPropertyIfNotExist("tabindex", "0");
    }

    /// <summary><see cref="Reachable"/>, or nothing when <paramref name="attributes"/> (as written in a tag) hold a tabindex already.</summary>
    public static string For(string attributes) => attributes.Contains("tabindex=", StringComparison.OrdinalIgnoreCase) ? "" : Reachable;
}
