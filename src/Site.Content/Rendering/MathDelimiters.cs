using System.Text;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// The delimiters of math: kramdown's <c>$$</c>; MathJax's <c>\(</c> (inline) and <c>\[</c> (display), also as posts
/// for kramdown write them, <c>\\(</c> and <c>\\[</c> (kramdown unescapes them into MathJax's); and what MathJax reads
/// in prose besides: a LaTeX math environment (<c>\begin{equation}...\end{equation}</c>, display math, delimiters
/// included) and a reference to an equation (<c>\eqref{eq:f}</c>, <c>\ref{...}</c>, inline).
/// </summary>
internal static class MathDelimiters
{
    /// <summary>
    /// The math environments MathJax typesets standing in prose: LaTeX's and amsmath's (those temml lacks are rewritten
    /// for it, <see cref="MathJaxEnvironments"/>). Another environment in prose (<c>\begin{itemize}</c>) is text.
    /// </summary>
    private static readonly HashSet<string> Environments =
    [
        "equation", "equation*", "align", "align*", "alignat", "alignat*", "aligned", "alignedat", "gather", "gather*", "gathered",
        "multline", "multline*", "split", "eqnarray", "eqnarray*", "flalign", "flalign*", "array", "darray", "cases", "dcases", "rcases",
        "matrix", "pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "subarray", "CD",
    ];

    /// <summary>
    /// The environments temml typesets in display math only: amsmath's that number lines, and split (eqnarray and
    /// flalign too, as it typesets them, <see cref="MathJaxEnvironments"/>). MathJax typesets them in inline math as well.
    /// </summary>
    private static readonly HashSet<string> DisplayOnly =
    [
        "equation", "equation*", "align", "align*", "alignat", "alignat*", "gather", "gather*", "multline", "multline*",
        "split", "eqnarray", "eqnarray*", "flalign", "flalign*",
    ];

    /// <summary>Whether inline math is one of the environments temml typesets in display math only, which it then is.</summary>
    public static bool IsDisplayOnly(string tex)
    {
        var start = tex.AsSpan().TrimStart();
        if (!start.StartsWith(@"\begin{", StringComparison.Ordinal)) return false;
        var nameEnd = start.IndexOf('}');
        return nameEnd > 0 && DisplayOnly.Contains(start[@"\begin{".Length..nameEnd].ToString());
    }

    /// <summary>What opens at <paramref name="at"/>; null when no math does. <paramref name="end"/> is the last readable position.</summary>
    public static MathOpening? Opening(string text, int at, int end)
    {
        if (at + 1 > end) return null;
        switch (text[at], text[at + 1])
        {
            case ('$', '$'): return new MathOpening(2, "$$", IsDisplay: false);
            case ('\\', '('): return new MathOpening(2, @"\)", IsDisplay: false, IsEscapedBracket: true);
            case ('\\', '['): return new MathOpening(2, @"\]", IsDisplay: true, IsEscapedBracket: true);
            case ('\\', '\\') when at + 2 <= end && text[at + 2] is '(' or '[':
                return text[at + 2] == '('
                    ? new MathOpening(3, @"\\)", IsDisplay: false, IsKramdownText: true)
                    : new MathOpening(3, @"\\]", IsDisplay: true, IsKramdownText: true);
            case ('\\', 'b') when Follows(text, at, end, @"\begin{") is var nameStart and > 0:
                var nameEnd = text.IndexOf('}', nameStart, Math.Min(end - nameStart + 1, 12));
                if (nameEnd < 0 || !Environments.Contains(text[nameStart..nameEnd])) return null;
                return new MathOpening(0, $@"\end{{{text[nameStart..nameEnd]}}}", IsDisplay: true, IsKramdownText: true, IsInTex: true);
            case ('\\', 'r' or 'e') when (Follows(text, at, end, @"\ref{") > 0 || Follows(text, at, end, @"\eqref{") > 0):
                return new MathOpening(0, "}", IsDisplay: false, IsKramdownText: true, IsInTex: true);
            default: return null;
        }
    }

    /// <summary>
    /// Whether math opened by a single backslash before a bracket is math: kramdown reads <c>\[</c> as an escaped
    /// bracket (<c>a\[0\]</c>, karpathy's "range of <c>\[-1,1\]</c>" show <c>a[0]</c>, <c>[-1,1]</c> in Jekyll), so it is
    /// math where the post's theme typesets math (<paramref name="mathInProse"/>) or where what it holds reads as TeX (a
    /// command, a sub- or superscript, a group: <c>\(E=mc^2\)</c>), as the contract has <c>\(...\)</c> and
    /// <c>\[...\]</c> rendered.
    /// </summary>
    public static bool IsMath(MathOpening opening, ReadOnlySpan<char> between, bool mathInProse) =>
        !opening.IsEscapedBracket || mathInProse || between.IndexOfAny(TexMarks) >= 0;

    private static readonly System.Buffers.SearchValues<char> TexMarks = System.Buffers.SearchValues.Create(@"\^_{");

    /// <summary>What a theme's MathJax closes <c>$...$</c> with (<see cref="MathSyntax.DollarMath"/>).</summary>
    private const string SingleDollarClosing = "$";

    /// <summary>A single <c>$</c> that opens math at <paramref name="at"/>: one followed by a character that is not a space (nor a <c>$</c>); null otherwise.</summary>
    public static MathOpening? SingleDollar(string text, int at, int end) =>
        at + 1 <= end && text[at] == '$' && !char.IsWhiteSpace(text[at + 1]) && text[at + 1] != '$'
            ? new MathOpening(1, SingleDollarClosing, IsDisplay: false, IsKramdownText: true)
            : null;

    /// <summary>
    /// Where the first <c>$</c> that closes inline math at or after <paramref name="from"/> stands: one preceded by a
    /// character that is not a space nor a backslash, and followed by no digit (nor <c>$</c>); -1 when there is none.
    /// </summary>
    private static int SingleDollarAt(string text, int from, int last)
    {
        for (var at = from; at <= last && (at = text.IndexOf('$', at, last - at + 1)) >= 0; at++)
        {
            var after = at + 1 <= last ? text[at + 1] : ' ';
            if (at > from && !char.IsWhiteSpace(text[at - 1]) && text[at - 1] != '\\' && !char.IsAsciiDigit(after) && after != '$') return at;
            if (after == '$') at++;
        }
        return -1;
    }

    /// <summary>Where the text after <paramref name="word"/> starts when it stands at <paramref name="at"/>; 0 when it does not.</summary>
    private static int Follows(string text, int at, int end, string word) =>
        at + word.Length <= end && string.CompareOrdinal(text, at, word, 0, word.Length) == 0 ? at + word.Length : 0;

    /// <summary>
    /// The text kramdown makes of what is written between MathJax's delimiters in prose, which MathJax reads: its
    /// escapes undone (<c>\\</c> is <c>\</c>, <c>\{</c> is <c>{</c>, <c>\_</c> is <c>_</c>), other backslashes kept.
    /// </summary>
    public static string KramdownText(ReadOnlySpan<char> written)
    {
        var text = new StringBuilder(written.Length);
        for (var i = 0; i < written.Length; i++)
        {
            if (written[i] == '\\' && i + 1 < written.Length && KramdownEscapes.Contains(written[i + 1])) i++;
            text.Append(written[i]);
        }
        return text.ToString();
    }

    /// <summary>The characters kramdown reads as escaped after a backslash (kramdown's ESCAPED_CHARS).</summary>
    private const string KramdownEscapes = "\\.*_+-`()[]{}#!:|\"'$=<>";

    /// <summary>
    /// Where the first <paramref name="closing"/> at or after <paramref name="from"/> starts, ending by
    /// <paramref name="last"/>; -1 when there is none. The last answer for each delimiter is kept on the document, and
    /// holds for every later opening before it: so that many openings with no closing (hostile text) cost one scan of
    /// the text, not one each.
    /// </summary>
    public static int Find(MarkdownDocument document, string text, string closing, int from, int last)
    {
        if (document.GetData(SearchesKey) is not Dictionary<string, Search> searches) document.SetData(SearchesKey, searches = []);
        if (searches.TryGetValue(closing, out var known) && ReferenceEquals(known.Text, text) && known.Last == last
            && from >= known.From && (known.Found < 0 || from <= known.Found))
            return known.Found;

        // Whether a single $ closes does not depend on where its math opened either: the same answer holds.
        var found = closing == SingleDollarClosing ? SingleDollarAt(text, from, last)
            : from + closing.Length - 1 <= last ? text.IndexOf(closing, from, last - from + 1, StringComparison.Ordinal) : -1;
        searches[closing] = new Search(text, from, last, found);
        return found;
    }

    private static readonly object SearchesKey = new();

    private sealed record Search(string Text, int From, int Last, int Found);
}

/// <summary>
/// Math opening: the length of its opening delimiter, its closing one, whether it is display math; whether its text is
/// kramdown's, read with kramdown's escapes (<see cref="MathDelimiters.KramdownText"/>); whether its delimiters are TeX
/// too (an environment, a reference); whether it is a single backslash before a bracket (<see cref="MathDelimiters.IsMath"/>).
/// </summary>
internal readonly record struct MathOpening(int Length, string Closing, bool IsDisplay, bool IsKramdownText = false, bool IsInTex = false, bool IsEscapedBracket = false)
{
    /// <summary>The TeX of math written from <paramref name="open"/> to the closing delimiter at <paramref name="close"/>.</summary>
    public string Tex(string text, int open, int close)
    {
        var (start, end) = IsInTex ? (open, close + Closing.Length) : (open + Length, close);
        return IsKramdownText ? MathDelimiters.KramdownText(text.AsSpan(start, end - start)) : text[start..end];
    }
}
