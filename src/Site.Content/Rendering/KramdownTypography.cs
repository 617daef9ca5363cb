using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.SmartyPants;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's typography where Markdig's SmartyPants makes it otherwise. Every straight quote is curled by kramdown's
/// rules (<see cref="QuoteRules"/>), not only those SmartyPants can pair: <c>the users' data</c>, <c>5'10"</c>, an
/// unclosed <c>"quote</c>. <c>&lt;&lt; a &gt;&gt;</c> becomes <c>«&#160;a&#160;»</c>. Nothing is typeset in the text
/// of raw HTML elements whose content is code (<c>&lt;code&gt;</c>, <c>&lt;kbd&gt;</c>, <c>&lt;pre&gt;</c>...), in an
/// image's alt text (kramdown writes it as the author did), in a bare URL made a link, or in Liquid left as its author
/// wrote it (<see cref="BodyContext.LiquidAsWritten"/>); code spans and attributes SmartyPants leaves alone already.
/// </summary>
public sealed partial class KramdownTypography : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        if (!context.Typography) return;
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline) Typeset(inline, escapesAreText: false, context.Quotes, context.LiquidAsWritten);
        }
    }

    /// <summary>
    /// Typesets the text of <paramref name="inline"/>. <paramref name="escapesAreText"/>: whether an escaped character is
    /// text the author wrote (the escapes were added to read plain text as Markdown) rather than the author's escape.
    /// <paramref name="quotes"/>: what the curled quotes are written as (the site's <c>smart_quotes</c>).
    /// <paramref name="liquidAsWritten"/>: Liquid markup that shows as its author wrote it (<see cref="BodyContext.LiquidAsWritten"/>),
    /// typeset nowhere it stands.
    /// </summary>
    public static void Typeset(ContainerInline inline, bool escapesAreText, SmartQuotes quotes, IReadOnlyCollection<string>? liquidAsWritten = null)
    {
        var run = new TextRun(escapesAreText, quotes);
        run.Read(inline, raw: false);
        run.Apply(liquidAsWritten ?? []);
    }

    /// <summary>
    /// The text of an inline tree as kramdown reads it: the characters of its text, which may be typeset, between the
    /// markup around them, which is only looked ahead at.
    /// </summary>
    private sealed class TextRun(bool escapesAreText, SmartQuotes quotes)
    {
        /// <summary>A stretch of the run read from one inline: text (a literal's, a SmartyPants quote, a line break) or markup.</summary>
        private readonly record struct Segment(int Start, Inline? Owner, bool IsText);

        private readonly StringBuilder _text = new();
        private readonly List<Segment> _segments = [];
        private readonly List<SmartyPant> _kept = [];
        private int _rawDepth;

        public void Read(ContainerInline container, bool raw)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling) ReadOne(child, raw || _rawDepth > 0);
        }

        private void ReadOne(Inline inline, bool raw)
        {
            switch (inline)
            {
                case LiteralInline { IsFirstCharacterEscaped: true } escaped when !escapesAreText:
                    Markup("\\" + escaped.Content.ToString());
                    break;
                case LiteralInline literal:
                    Add(literal.Content.AsSpan(), raw ? null : literal, !raw);
                    break;
                case SmartyPant pant when raw:
                    _kept.Add(pant);
                    Markup(Written(pant));
                    break;
                case SmartyPant { Type: SmartyPantType.Quote or SmartyPantType.LeftQuote or SmartyPantType.RightQuote } pant:
                    Add("'", pant, isText: true);
                    break;
                case SmartyPant { Type: SmartyPantType.DoubleQuote or SmartyPantType.LeftDoubleQuote or SmartyPantType.RightDoubleQuote } pant:
                    Add("\"", pant, isText: true);
                    break;
                case SmartyPant pant:
                    Add(Written(pant), pant, isText: false);
                    break;
                case CodeInline code:
                    Markup("`" + code.Content + "`");
                    break;
                case HtmlInline html:
                    Markup(html.Tag);
                    if (RawElement().Match(html.Tag) is { Success: true } tag && !html.Tag.EndsWith("/>", StringComparison.Ordinal))
                        _rawDepth = Math.Max(0, _rawDepth + (tag.Groups["close"].Success ? -1 : 1));
                    break;
                case HtmlEntityInline entity:
                    Markup(entity.Original.ToString());
                    break;
                case LineBreakInline:
                    Add("\n", null, isText: !raw);
                    break;
                case LinkInline link:
                    Markup(link.IsImage ? "![" : "[");
                    Read(link, raw || link.IsImage || link.IsAutoLink);
                    Markup("](" + link.Url + ")");
                    break;
                case EmphasisInline emphasis:
                    var delimiter = new string(emphasis.DelimiterChar, emphasis.DelimiterCount);
                    Markup(delimiter);
                    Read(emphasis, raw);
                    Markup(delimiter);
                    break;
                case ContainerInline container:
                    Read(container, raw);
                    break;
                default:
                    Markup("\uFFFC");
                    break;
            }
        }

        private void Add(ReadOnlySpan<char> characters, Inline? owner, bool isText)
        {
            if (characters.IsEmpty) return;
            _segments.Add(new Segment(_text.Length, owner, isText));
            _text.Append(characters);
        }

        private void Markup(string markup) => Add(markup, null, isText: false);

        private int SegmentAt(int index)
        {
            int low = 0, high = _segments.Count - 1;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (_segments[middle].Start <= index) low = middle;
                else high = middle - 1;
            }
            return low;
        }

        /// <summary>Writes the typeset characters into the literals and SmartyPants they were read from.</summary>
        public void Apply(IReadOnlyCollection<string> liquidAsWritten)
        {
            var text = _text.ToString();
            var asWritten = Occurrences(text, liquidAsWritten);
            for (var i = 0; i < _segments.Count; i++)
            {
                if (_segments[i] is not { Owner: SmartyPant pant } segment || !InAny(asWritten, segment.Start)) continue;
                _segments[i] = segment with { Owner = null, IsText = false };
                _kept.Add(pant);
            }
            foreach (var pant in _kept) pant.ReplaceBy(new LiteralInline(Written(pant)));
            if (text.AsSpan().IndexOfAny('\'', '"') >= 0) Curl(text, index => _segments[SegmentAt(index)].IsText && !InAny(asWritten, index));
            foreach (var segment in _segments)
            {
                if (segment.Owner is not LiteralInline literal || InAny(asWritten, segment.Start)) continue;
                var content = literal.Content.ToString();
                if (content.Contains("<< ", StringComparison.Ordinal) || content.Contains(" >>", StringComparison.Ordinal))
                    literal.Content = new StringSlice(SpacedGuillemets().Replace(content, match => match.Value[0] == '<' ? "\u00AB\u00A0" : "\u00A0\u00BB"));
            }
        }

        /// <summary>Where each of <paramref name="pieces"/> stands in <paramref name="text"/>, start and end.</summary>
        private static List<(int Start, int End)> Occurrences(string text, IReadOnlyCollection<string> pieces)
        {
            var found = new List<(int Start, int End)>();
            foreach (var piece in pieces)
            {
                for (var at = text.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = text.IndexOf(piece, at + piece.Length, StringComparison.Ordinal))
                    found.Add((at, at + piece.Length));
            }
            return found;
        }

        private static bool InAny(List<(int Start, int End)> ranges, int index) => ranges.Exists(range => index >= range.Start && index < range.End);

        private void Curl(string text, Func<int, bool> isText)
        {
            var curled = QuoteRules.Curl(text, isText);
            foreach (var segment in _segments)
            {
                if (segment.Owner is not SmartyPant pant || !segment.IsText) continue;
                if (!curled.TryGetValue(segment.Start, out var quote)) pant.ReplaceBy(new LiteralInline(Written(pant)));
                else if (quotes == SmartQuotes.Kramdown) pant.Type = TypeOf(quote);
                else pant.ReplaceBy(new LiteralInline(quotes.For(quote)));
            }
            var changed = new Dictionary<LiteralInline, StringBuilder>();
            // From the last quote back, as a quote written as two characters (a code point past U+FFFF) moves those after it.
            foreach (var (index, quote) in curled.OrderByDescending(pair => pair.Key))
            {
                var segment = _segments[SegmentAt(index)];
                if (segment.Owner is not LiteralInline literal) continue;
                if (!changed.TryGetValue(literal, out var characters)) changed[literal] = characters = new StringBuilder(literal.Content.ToString());
                characters.Remove(index - segment.Start, 1).Insert(index - segment.Start, quotes.For(quote));
            }
            foreach (var (literal, characters) in changed) literal.Content = new StringSlice(characters.ToString());
        }

        private static SmartyPantType TypeOf(char quote) => quote switch
        {
            '\u2018' => SmartyPantType.LeftQuote,
            '\u2019' => SmartyPantType.RightQuote,
            '\u201C' => SmartyPantType.LeftDoubleQuote,
            _ => SmartyPantType.RightDoubleQuote,
        };
    }

    /// <summary>The characters the author wrote for a SmartyPants symbol.</summary>
    private static string Written(SmartyPant pant) => pant.Type switch
    {
        SmartyPantType.Quote or SmartyPantType.LeftQuote or SmartyPantType.RightQuote => "'",
        SmartyPantType.DoubleQuote or SmartyPantType.LeftDoubleQuote or SmartyPantType.RightDoubleQuote => "\"",
        SmartyPantType.LeftAngleQuote => "<<",
        SmartyPantType.RightAngleQuote => ">>",
        SmartyPantType.Ellipsis => "...",
        SmartyPantType.Dash3 => "---",
        _ => "--",
    };

    [GeneratedRegex(@"^<(?<close>/)?(?:code|kbd|samp|var|pre|script|style|textarea|math)(?=[\s/>])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RawElement();

    [GeneratedRegex(@"<< | >>", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedGuillemets();
}
