using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's <c>markdown="1"</c> on a raw HTML block: what the block holds after its opening tag is read as Markdown,
/// as kramdown reads it, instead of staying raw; the attribute itself does not reach the page. (What follows a blank
/// line inside such a block is Markdown already: Markdig ends the raw block there.)
/// </summary>
public sealed partial class MarkdownInHtml : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            var html = block.Lines.ToString();
            if (OpeningTag().Match(html) is not { Success: true } tag) continue;

            var opening = html[..tag.Length].Remove(tag.Groups["attribute"].Index, tag.Groups["attribute"].Length);
            var inside = html[tag.Length..];
            var container = block.Parent!;
            var at = container.IndexOf(block);
            container.Insert(at++, new HtmlBlock(null) { Lines = new StringLineGroup(opening), Line = block.Line, Column = block.Column });
            if (inside.Trim().Length > 0)
            {
                var parsed = MarkdownSyntax.Parse(inside.Trim('\n'), context.Typography);
                // Its lines count from the line after the opening tag: each block and inline's, for what reports them.
                foreach (var node in parsed.Descendants()) node.Line += block.Line + 1;
                MathSyntax.Adopt(document, parsed);
                foreach (var child in parsed.ToList())
                {
                    parsed.Remove(child);
                    container.Insert(at++, child);
                }
            }
            container.Remove(block);
        }
    }

    [GeneratedRegex("""^\s*<[A-Za-z][A-Za-z0-9-]*\b[^>]*?(?<attribute>\s+markdown\s*=\s*["']?(?:1|block|span)["']?)[^>]*>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningTag();
}
