using System.Globalization;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// Puts back what a source stage set aside to reach the page exactly as written (<see cref="BodyContext.Verbatim"/>):
/// a placeholder alone in its paragraph becomes a block of raw HTML, one inside text an inline piece.
/// </summary>
public sealed class VerbatimHtml : IDocumentStage
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    public static string Placeholder(int index) => $"{Open}{index.ToString(CultureInfo.InvariantCulture)}{Close}";

    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        if (context.Verbatim.Count == 0) return;
        foreach (var literal in document.Descendants<LiteralInline>().Where(l => l.Content.IndexOf(Open) >= 0).ToList())
        {
            var text = literal.Content.ToString();
            if (literal.Parent is { } parent && parent.ParentBlock is ParagraphBlock paragraph && parent.FirstChild == literal && literal.NextSibling is null
                && TryRead(text.Trim(), out var whole) && paragraph.Parent is { } container)
            {
                container.Insert(container.IndexOf(paragraph), new HtmlBlock(null) { Lines = new StringLineGroup(context.Verbatim[whole]) });
                container.Remove(paragraph);
                continue;
            }
            Split(literal, text, context);
        }
    }

    /// <summary>Replaces each placeholder inside the literal's text by the raw HTML it stands for.</summary>
    private static void Split(LiteralInline literal, string text, BodyContext context)
    {
        var pieces = new List<Inline>();
        var position = 0;
        while (text.IndexOf(Open, position) is var open and >= 0 && text.IndexOf(Close, open) is var close and > 0
            && int.TryParse(text.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < context.Verbatim.Count)
        {
            if (open > position) pieces.Add(new LiteralInline(text[position..open]));
            pieces.Add(new HtmlInline(context.Verbatim[index]));
            position = close + 1;
        }
        if (position < text.Length) pieces.Add(new LiteralInline(text[position..]));
        foreach (var piece in pieces) literal.InsertBefore(piece);
        literal.Remove();
    }

    private static bool TryRead(string text, out int index)
    {
        index = -1;
        return text.Length > 2 && text[0] == Open && text[^1] == Close
            && int.TryParse(text.AsSpan(1, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }
}
