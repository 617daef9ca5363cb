using System.Text.RegularExpressions;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's smart-quote rules (RubyPants'), which curl every straight quote by what stands around it: opening after
/// whitespace, the start of the text or opening punctuation, closing after anything else, an apostrophe inside a word
/// or before a decade (<c>'80s</c>). kramdown tries them where a quote is met, from the character before it when that
/// character is plain text not yet read; the first rule that matches decides, and moves on past what it read.
/// </summary>
internal static partial class QuoteRules
{
    private enum Outcome { QuoteOpens, QuoteCloses, DoubleThenSingleOpen, SingleThenDoubleOpen, ApostropheAfter, OpensAfter, ClosesAfter, SingleOpensAfter, DoubleOpensAfter }

    // Ruby's \s, \w and \d, which are ASCII only.
    private const string Space = @"[ \t\r\n\f\v]";
    private const string Word = "[A-Za-z0-9_]";

    private static readonly (Regex Rule, Outcome Outcome)[] Rules =
    [
        (Rule(@"([""'])(?=[_*]{1,2}[^ \t\r\n\f\v])"), Outcome.QuoteOpens),
        // A quote before punctuation that is not followed by a word: \B after the punctuation, as Ruby reads it.
        (Rule($@"([""'])(?=(?:[!""#$%'()*+,\-./:;<=>?@\[\\\]^`{{|}}~](?!\.\.)(?!{Word})|_(?!\.\.)(?={Word})))"), Outcome.QuoteCloses),
        (Rule($@"({Space}?)""'(?={Word})"), Outcome.DoubleThenSingleOpen),
        (Rule($@"({Space}?)'""(?={Word})"), Outcome.SingleThenDoubleOpen),
        (Rule($@"({Space}?)'(?=[0-9][0-9]s)"), Outcome.ApostropheAfter),
        (Rule($@"({Space})([""'])(?={Word})"), Outcome.OpensAfter),
        (Rule($@"([^ \\\t\r\n\[{{(-]{Space}*)([""'])"), Outcome.ClosesAfter),
        (Rule($@"([""'])(?={Space}|s(?!{Word})|\z)"), Outcome.QuoteCloses),
        (Rule("(.?)'"), Outcome.SingleOpensAfter),
        (Rule("(.?)\""), Outcome.DoubleOpensAfter),
    ];

    /// <summary>
    /// Whether kramdown, meeting the character before a quote, reads it first as the start of an escape, emphasis, code,
    /// HTML or a link: when that comes to nothing, it is text, but no longer the quote's character before.
    /// </summary>
    private static bool StartsOtherSyntax(char character) => character is '\\' or '*' or '_' or '`' or '<' or '[';

    private static Regex Rule(string pattern) => new(@"\G" + pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <summary>
    /// The curly quote each straight quote of <paramref name="text"/> becomes, by its index; a quote kramdown leaves
    /// straight has none. Only the characters <paramref name="isText"/> says are text count as a quote or as the character
    /// before one; the others (markup, code, what another rule read) are only looked ahead at.
    /// </summary>
    public static Dictionary<int, char> Curl(string text, Func<int, bool> isText)
    {
        var curled = new Dictionary<int, char>();
        var readTo = 0;
        for (var position = 0; position < text.Length; position++)
        {
            if (position < readTo || text[position] is not ('"' or '\'') || !isText(position)) continue;
            var start = position > readTo && isText(position - 1) && !StartsOtherSyntax(text[position - 1]) ? position - 1 : position;
            foreach (var (rule, outcome) in Rules)
            {
                if (rule.Match(text, start) is not { Success: true } match) continue;
                var after = match.Groups[1].Index + match.Groups[1].Length;
                switch (outcome)
                {
                    case Outcome.QuoteOpens: Set(match.Groups[1].Index, opening: true); break;
                    case Outcome.QuoteCloses: Set(match.Groups[1].Index, opening: false); break;
                    case Outcome.DoubleThenSingleOpen or Outcome.SingleThenDoubleOpen: Set(after, opening: true); Set(after + 1, opening: true); break;
                    case Outcome.ApostropheAfter: Set(after, opening: false); break;
                    case Outcome.OpensAfter: Set(match.Groups[2].Index, opening: true); break;
                    case Outcome.ClosesAfter: Set(match.Groups[2].Index, opening: false); break;
                    case Outcome.SingleOpensAfter or Outcome.DoubleOpensAfter: Set(after, opening: true); break;
                }
                readTo = match.Index + match.Length;
                break;
            }
        }
        return curled;

        void Set(int index, bool opening)
        {
            if (!isText(index)) return;
            curled[index] = (text[index], opening) switch
            {
                ('\'', true) => '\u2018',
                ('\'', false) => '\u2019',
                (_, true) => '\u201C',
                _ => '\u201D',
            };
        }
    }
}
