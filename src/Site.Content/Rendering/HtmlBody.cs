using Markdig.Helpers;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// The body of an HTML post (<see cref="PostFiles.IsHtmlPost"/>) as a document of one raw HTML block, as Jekyll's
/// Identity converter passes it through: no line of it read as Markdown, so indented lines, <c>*</c>, blank lines and
/// <c>&lt;pre&gt;</c> stay as written, while the stages that work on raw HTML (its paths, its hazards) meet it as they
/// meet a Markdown post's raw HTML blocks.
/// </summary>
public static class HtmlBody
{
    public static MarkdownDocument Parse(string html)
    {
        var document = new MarkdownDocument();
        if (html.Length == 0) return document;
        // Each line is written with its line end: the last one's is not one more, empty line.
        var lines = html.EndsWith('\n') ? html[..(html.EndsWith("\r\n", StringComparison.Ordinal) ? ^2 : ^1)] : html;
        document.Add(new HtmlBlock(null)
        {
            Lines = new StringLineGroup(lines),
            Span = new SourceSpan(0, html.Length - 1),
            Type = HtmlBlockType.NonInterruptingBlock,
        });
        return document;
    }
}
