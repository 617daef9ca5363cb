using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// Reports raw HTML that takes over the page it is put in, which the site keeps as the author wrote it: a
/// <c>&lt;meta http-equiv="refresh"&gt;</c> that sends readers elsewhere, a <c>&lt;base&gt;</c> that changes where every
/// link of the page leads, and a comment or an element whose content is raw text (<c>&lt;textarea&gt;</c>,
/// <c>&lt;script&gt;</c>, <c>&lt;title&gt;</c>, ...) left open, which swallows the rest of the page, footer included.
/// </summary>
public sealed partial class RawHtmlHazards : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        var pieces = RawHtml(document, context);
        if (pieces.Count == 0) return;
        var all = new StringBuilder();
        foreach (var piece in pieces) all.Append(piece.Html).Append('\n');
        var html = all.ToString();

        foreach (Match tag in HijackingTag().Matches(html))
        {
            var what = tag.Groups["base"].Success
                ? "<base> changes where every link of the page leads"
                : "<meta http-equiv=\"refresh\"> sends readers away from the page";
            Report(context, pieces, tag.Index, $"raw HTML {what}");
        }
        foreach (Match open in RawTextStart().Matches(html))
        {
            var name = open.Groups["name"].Value.ToLowerInvariant();
            if (name == "plaintext" || html.IndexOf("</" + name, open.Index + open.Length, StringComparison.OrdinalIgnoreCase) < 0)
                Report(context, pieces, open.Index, $"raw HTML <{name}> is never closed: it swallows the rest of the page, footer included");
        }
        var comment = html.IndexOf("<!--", StringComparison.Ordinal);
        while (comment >= 0)
        {
            var close = html.IndexOf("-->", comment + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                Report(context, pieces, comment, "raw HTML comment '<!--' is never closed by '-->': it hides the rest of the page");
                break;
            }
            comment = html.IndexOf("<!--", close + 3, StringComparison.Ordinal);
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

    [GeneratedRegex("""<(?:(?<base>base)\b|meta\b[^>]*\bhttp-equiv\s*=\s*["']?refresh\b)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HijackingTag();

    [GeneratedRegex(@"<(?<name>textarea|title|script|style|xmp|iframe|noembed|noframes|plaintext)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RawTextStart();
}
