using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's typographic symbols in plain text (a title, a summary written in the front matter): curly quotes and
/// apostrophes, en and em dashes from <c>--</c> and <c>---</c>, an ellipsis from <c>...</c>, guillemets from
/// <c>&lt;&lt;</c> and <c>&gt;&gt;</c>, by the rules that apply to bodies (<see cref="KramdownTypography"/>).
/// </summary>
public static partial class Typography
{
    private static readonly MarkdownPipeline Quotes = new MarkdownPipelineBuilder().UseSmartyPants().Build();

    private static readonly System.Buffers.SearchValues<char> Typeset = System.Buffers.SearchValues.Create("\"'-.<>");

    /// <summary>
    /// The text with typographic symbols, its quotes written as <paramref name="quotes"/> says (kramdown's curly ones by
    /// default); the text itself otherwise, Markdown characters included.
    /// </summary>
    public static string Of(string text, SmartQuotes? quotes = null)
    {
        if (text.AsSpan().IndexOfAny(Typeset) < 0) return text;
        var paragraph = Markdown.Parse(Escaped(text), Quotes).Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline is null) return text;
        KramdownTypography.Typeset(paragraph.Inline, escapesAreText: true, quotes ?? SmartQuotes.Kramdown);
        var result = new StringBuilder(text.Length);
        foreach (var inline in paragraph.Inline.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: result.Append(literal.Content.AsSpan()); break;
                case SmartyPant pant: result.Append(CharacterOf(pant)); break;
                case HtmlInline html: result.Append(html.Tag); break;
                case AutolinkInline link: result.Append('<').Append(link.Url).Append('>'); break;
                case LineBreakInline: result.Append(' '); break;
            }
        }
        return result.ToString();
    }

    /// <summary>The character a SmartyPants symbol stands for.</summary>
    public static char CharacterOf(SmartyPant pant) => pant.Type switch
    {
        SmartyPantType.Quote or SmartyPantType.RightQuote => '\u2019',
        SmartyPantType.LeftQuote => '\u2018',
        SmartyPantType.DoubleQuote or SmartyPantType.RightDoubleQuote => '\u201D',
        SmartyPantType.LeftDoubleQuote => '\u201C',
        SmartyPantType.LeftAngleQuote => '\u00AB',
        SmartyPantType.RightAngleQuote => '\u00BB',
        SmartyPantType.Ellipsis => '\u2026',
        SmartyPantType.Dash2 => '\u2013',
        SmartyPantType.Dash3 => '\u2014',
        _ => '?',
    };

    /// <summary>Every character Markdown would read as markup, escaped: the text is read for its quotes only.</summary>
    private static string Escaped(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var character in text.ReplaceLineEndings(" "))
        {
            if (character is '\\' or '`' or '*' or '_' or '[' or ']' or '!' or '#' or '&' or '|' or '~' or '(' or ')' or '+' or '{' or '}') escaped.Append('\\');
            escaped.Append(character);
        }
        // A text that starts as a list item or a quote would ("- a", "1. a", "> a") is still read as one paragraph.
        if (LeadingBlockMarker().Match(escaped.ToString()) is { Success: true } marker) escaped.Insert(marker.Groups["mark"].Index, '\\');
        return escaped.ToString();
    }

    [GeneratedRegex(@"^(?:(?<mark>>)|(?<mark>-)(?=\s|$)|\d{1,9}(?<mark>[.)])(?=\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBlockMarker();
}
