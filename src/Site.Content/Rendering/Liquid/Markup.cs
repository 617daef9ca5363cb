namespace Site.Content.Rendering.Liquid;

/// <summary>
/// One piece of Liquid markup in a text, found the way Liquid finds it: an output from <c>{{</c> to the first <c>}}</c>
/// after it, or a tag from <c>{%</c> to the first <c>%}</c>; one that is never closed runs to the end of the text.
/// </summary>
/// <param name="Start">Where its opening braces are.</param>
/// <param name="End">Just after its closing pair (or the end of the text).</param>
/// <param name="TagName">A tag's name (<c>include</c>, <c>endfor</c>); null for an output.</param>
internal readonly record struct Markup(int Start, int End, string? TagName, bool IsClosed)
{
    public int Length => End - Start;

    /// <summary>Whether a text holds anything that opens Liquid markup: a body without it never meets the Liquid engine.</summary>
    public static bool MayBeIn(string text) =>
        text.Contains("{{", StringComparison.Ordinal) || text.Contains("{%", StringComparison.Ordinal);

    /// <summary>The first markup that opens at or after <paramref name="from"/>.</summary>
    public static Markup? Next(string text, int from) => new Scanner(text).Next(from);

    /// <summary>The markup that <paramref name="offset"/> falls in (between its opening braces and the end of its closing pair).</summary>
    public static Markup? At(string text, int offset)
    {
        for (var start = Math.Min(offset, text.Length - 2); start >= 0; start--)
        {
            if (text[start] != '{' || text[start + 1] is not ('{' or '%')) continue;
            var markup = Opening(text, start);
            return offset < markup.End || !markup.IsClosed ? markup : null;
        }
        return null;
    }

    /// <summary>The markup as written, cut at the end of its first line when it is never closed.</summary>
    public string Shown(string text)
    {
        var end = IsClosed ? End : text.IndexOf('\n', Start) is var newline and >= 0 ? newline : End;
        return text[Start..end].TrimEnd();
    }

    private static Markup Opening(string text, int start) => new Scanner(text).Opening(start);

    private static string NameOf(string text, int from, int end)
    {
        var at = from;
        if (at < end && text[at] == '-') at++;
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        var nameStart = at;
        while (at < end && (char.IsAsciiLetterOrDigit(text[at]) || text[at] is '_' or '#')) at++;
        return text[nameStart..at];
    }

    /// <summary>
    /// Finds markup after markup in one text, remembering where each kind last closed: a text of many openings and no
    /// closing is read once, not once per opening.
    /// </summary>
    public sealed class Scanner(string text)
    {
        private (int From, int At) _outputClose = (int.MaxValue, -1);
        private (int From, int At) _tagClose = (int.MaxValue, -1);

        public Markup? Next(int from)
        {
            for (var start = text.IndexOf('{', from); start >= 0 && start + 1 < text.Length; start = text.IndexOf('{', start + 1))
            {
                if (text[start + 1] is '{' or '%') return Opening(start);
            }
            return null;
        }

        public Markup Opening(int start)
        {
            var isTag = text[start + 1] == '%';
            var close = isTag ? CloseAfter("%}", start + 2, ref _tagClose) : CloseAfter("}}", start + 2, ref _outputClose);
            var end = close < 0 ? text.Length : close + 2;
            return new Markup(start, end, isTag ? NameOf(text, start + 2, end) : null, close >= 0);
        }

        /// <summary>The first <paramref name="pair"/> at or after <paramref name="from"/>, from the last search when it still answers.</summary>
        private int CloseAfter(string pair, int from, ref (int From, int At) last)
        {
            if (from >= last.From && (last.At < 0 || last.At >= from)) return last.At;
            last = (from, text.IndexOf(pair, from, StringComparison.Ordinal));
            return last.At;
        }
    }
}
