using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// Puts SmartyPants' en and em dashes, and the text after each, where the author wrote them. Markdig splits a text at
/// its dashes once the paragraph is read, and counts the dash's position, and the start of the text after it, in the
/// paragraph's own text instead of the post's: from a paragraph's second line on, or any paragraph but the first, they
/// point elsewhere, and a stage that keeps or drops text by where it was written (an attribute list on the line under a
/// paragraph) kept the wrong pieces. The text before a dash is placed right, so each dash follows it.
/// </summary>
internal static class DashSpans
{
    public static void Repair(MarkdownDocument document)
    {
        foreach (var dash in document.Descendants<SmartyPant>())
        {
            if (dash.Type is not (SmartyPantType.Dash2 or SmartyPantType.Dash3) || dash.PreviousSibling is not LiteralInline before) continue;
            var start = before.Span.End + 1;
            var column = before.Column + start - before.Span.Start;
            dash.Span = new SourceSpan(start, start + (dash.Type == SmartyPantType.Dash2 ? 1 : 2));
            dash.Column = column;
            if (dash.NextSibling is not LiteralInline after) continue;
            after.Span = new SourceSpan(dash.Span.End + 1, after.Span.End);
            after.Column = column + dash.Span.Length;
        }
    }
}
