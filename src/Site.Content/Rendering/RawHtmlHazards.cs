using System.Text;
using System.Net;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// Reports raw HTML that takes over the page it is put in, which the site keeps as the author wrote it: a
/// <c>&lt;meta http-equiv="refresh"&gt;</c> that sends readers elsewhere, a <c>&lt;base&gt;</c> that changes where every
/// link of the page leads, and a comment or an element whose content is raw text (<c>&lt;textarea&gt;</c>,
/// <c>&lt;script&gt;</c>, <c>&lt;title&gt;</c>, ...) left open, which swallows the rest of the page, footer included.
/// </summary>
public sealed class RawHtmlHazards : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        var pieces = RawHtml(document, context);
        if (pieces.Count == 0) return;
        var all = new StringBuilder();
        foreach (var piece in pieces) all.Append(piece.Html).Append('\n');
        var html = all.ToString();

        foreach (var tag in HtmlStartTags.Of(html))
        {
            if (tag.Name == "base")
                Report(context, pieces, tag.Start, "raw HTML <base> changes where every link of the page leads");
            else if (tag.Name == "meta" && tag.Attributes.Any(attribute => attribute.Name == "http-equiv"
                         && WebUtility.HtmlDecode(html[attribute.ValueStart..attribute.ValueEnd]).Trim().Equals("refresh", StringComparison.OrdinalIgnoreCase)))
                Report(context, pieces, tag.Start, "raw HTML <meta http-equiv=\"refresh\"> sends readers away from the page");
            // A "/>" closes none of these in HTML: <textarea/> opens a textarea.
            else if (Swallowing.Contains(tag.Name) && (tag.Name == "plaintext" || html.IndexOf("</" + tag.Name, tag.End, StringComparison.OrdinalIgnoreCase) < 0))
                Report(context, pieces, tag.Start, $"raw HTML <{tag.Name}> is never closed: it swallows the rest of the page, footer included");
        }
        var comment = html.IndexOf("<!--", StringComparison.Ordinal);
        while (comment >= 0)
        {
            var end = HtmlStartTags.CommentEnd(html, comment);
            if (end < 0)
            {
                Report(context, pieces, comment, "raw HTML comment '<!--' is never closed by '-->': it hides the rest of the page");
                break;
            }
            comment = html.IndexOf("<!--", end, StringComparison.Ordinal);
        }
    }

    private sealed record Piece(string Html, int Start, int Line, int Column);

    /// <summary>The body's raw HTML, blocks and inline tags, in order, each with where it starts in <c>all</c> and in the file.</summary>
    private static List<Piece> RawHtml(MarkdownDocument document, BodyContext context)
    {
        var pieces = new List<Piece>();
        var start = 0;
        foreach (var node in document.Descendants().Where(node => node is HtmlBlock or HtmlInline).OrderBy(node => node.Span.Start))
        {
            var html = node is HtmlBlock block ? block.Lines.ToString() : ((HtmlInline)node).Tag;
            pieces.Add(new Piece(html, start, context.FirstLine + node.Line, node.Column + 1));
            start += html.Length + 1;
        }
        return pieces;
    }

    private static void Report(BodyContext context, List<Piece> pieces, int index, string message)
    {
        var piece = pieces.Last(p => p.Start <= index);
        var (line, column) = SourceText.PositionOf(piece.Html, index - piece.Start, piece.Line, piece.Column);
        context.Problems.Add(new BodyProblem(message, line, column));
    }

    /// <summary>
    /// Elements whose content is not shown as the page (raw text, a template's content, a select's options, what shows
    /// without scripts): left open, they take the rest of the page with them.
    /// </summary>
    private static readonly HashSet<string> Swallowing =
        ["textarea", "title", "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext", "template", "select"];
}
