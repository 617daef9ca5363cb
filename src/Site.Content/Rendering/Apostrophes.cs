using System.Text.RegularExpressions;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// The apostrophes SmartyPants leaves straight or takes for an opening quote: inside a word (<c>it's</c>,
/// <c>l'équipe</c>) and before a decade's digits (<c>'90s</c>) they become <c>’</c>, as kramdown makes them. Never in
/// code: only literal text and SmartyPants' own quotes are touched.
/// </summary>
public sealed partial class Apostrophes : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        if (!context.Typography) return;
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (literal.Content.IndexOf('\'') < 0) continue;
            literal.Content = new Markdig.Helpers.StringSlice(InWords(literal.Content.ToString()));
        }
        // Before a decade SmartyPants takes the apostrophe for an opening quote, or leaves it straight in a literal of its own.
        foreach (var quote in document.Descendants<Inline>().Where(inline => inline is SmartyPant { Type: SmartyPantType.LeftQuote } or LiteralInline))
        {
            if (quote.NextSibling is not LiteralInline next || !Decade().IsMatch(next.Content.ToString())) continue;
            if (quote is SmartyPant pant) pant.Type = SmartyPantType.RightQuote;
            else if (quote is LiteralInline { Content: var text } literal && text.Length > 0 && text[text.End] == '\'')
                literal.Content = new Markdig.Helpers.StringSlice(text.ToString()[..^1] + "\u2019");
        }
    }

    /// <summary>The text with its in-word and decade apostrophes curled (and a decade's opening quote turned).</summary>
    public static string InWords(string text) =>
        text.AsSpan().IndexOfAny('\'', '\u2018') < 0 ? text : InWord().Replace(text, "\u2019");

    [GeneratedRegex(@"(?<=\p{L}|\p{N})'(?=\p{L})|(?<![\p{L}\p{N}])['\u2018](?=\d\ds\b)", RegexOptions.CultureInvariant)]
    private static partial Regex InWord();

    [GeneratedRegex(@"^\d\ds\b", RegexOptions.CultureInvariant)]
    private static partial Regex Decade();
}
