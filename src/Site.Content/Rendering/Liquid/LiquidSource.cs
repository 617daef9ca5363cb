using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// A body's text as the Liquid engine is given it. Jekyll runs Liquid over the whole file, code included, and so does
/// this site; but code is where Liquid the author never meant as Liquid lives (a Go or Handlebars template, a Liquid
/// sample not wrapped in <c>{% raw %}</c>), so the body knows where its code is (code spans and blocks, and the code of
/// a <c>{% highlight %}</c> block), and code whose Liquid cannot be read is made inert whole, to show as written
/// (<see cref="WithInertCode"/>). Made inert too: a <c>{% raw %}</c> that is never closed, an <c>{% endraw %}</c> that
/// closes nothing and markup too long to be a real tag, which are reported (in code, a lone raw is code like any other).
/// Inert means every <c>{</c> there is replaced by a character the body does not hold (Unicode keeps U+FDD0 to U+FDEF
/// for such internal use), one for one: positions stay those of the body, and the rendered text gets its braces back.
/// </summary>
internal sealed partial class LiquidSource
{
    private readonly char _inert;
    private readonly List<(int Start, int End)> _code;
    private readonly List<(int Start, int End)> _keptTags;

    private LiquidSource(string text, char inert, List<(int Start, int End)> code, List<(int Start, int End)> keptTags)
    {
        Text = text;
        _inert = inert;
        _code = code;
        _keptTags = keptTags;
    }

    /// <summary>The text for the engine, as long as the body, position for position.</summary>
    public string Text { get; }

    /// <summary>Blocks whose nesting the engine's parser follows by recursion (raw, comment and highlight hold text).</summary>
    public static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal) { "if", "unless", "case", "for", "tablerow", "capture", "ifchanged" };

    /// <summary>
    /// The body ready for the engine, or null when its Liquid cannot be run (blocks nested too deep for the engine's
    /// parser, which recurses per block) and must show as written: <paramref name="problems"/> then says why.
    /// </summary>
    /// <param name="codeIn">Where a text holds code, from its parsed Markdown (<see cref="MarkdownSyntax.CodeSpans"/>).</param>
    public static LiquidSource? Prepare(string body, Func<string, IReadOnlyList<SourceSpan>> codeIn, ICollection<LiquidProblem> problems)
    {
        if (InertCharacter(body) is not { } inert)
        {
            problems.Add(new LiquidProblem(0, "Liquid is not run: the body holds every character this site reserves to mark code (U+FDD0 to U+FDEF)"));
            return null;
        }

        var code = CodeRanges(body, codeIn);
        var scanner = new Markup.Scanner(body);
        var keptTags = new List<(int Start, int End)>();
        var inertOpenings = new List<int>();
        var depth = 0;
        var position = 0;
        while (scanner.Next(position) is { } markup)
        {
            var inCode = Contains(code, markup.Start);
            position = markup.End;
            switch (markup.TagName)
            {
                case "raw" when EndRaw().Match(body, markup.End) is { Success: true } endRaw:
                    keptTags.Add((markup.Start, markup.End));
                    keptTags.Add((endRaw.Index, endRaw.Index + endRaw.Length));
                    position = endRaw.Index + endRaw.Length;
                    continue;
                case "raw" or "endraw":
                    if (!inCode)
                        problems.Add(new LiquidProblem(markup.Start, $"Liquid '{markup.Shown(body)}' " +
                            (markup.TagName == "raw" ? "is never closed by {% endraw %}" : "has no {% raw %} before it") + " and shows as written"));
                    inertOpenings.Add(markup.Start);
                    continue;
            }
            if (!markup.IsClosed)
            {
                // Never closed: the engine reports it.
                position = markup.Start + 2;
                continue;
            }
            if (markup.TagName == "comment" && EndComment().Match(body, markup.End) is { Success: true } endComment)
            {
                position = endComment.Index + endComment.Length;
                continue;
            }
            if (markup.Length > LiquidLimits.MaxMarkupLength)
            {
                problems.Add(new LiquidProblem(markup.Start,
                    $"Liquid '{Summary.Cut(markup.Shown(body), 60)}' is longer than {LiquidLimits.MaxMarkupLength:N0} characters, more than any real tag, and shows as written"));
                inertOpenings.Add(markup.Start);
                position = markup.Start + 2;
                continue;
            }
            if (markup.TagName is { } name && BlockTags.Contains(name) && ++depth > LiquidLimits.MaxBlockDepth)
            {
                problems.Add(new LiquidProblem(markup.Start,
                    $"Liquid blocks nest deeper than {LiquidLimits.MaxBlockDepth} here; the body's Liquid is not run and shows as written"));
                return null;
            }
            if (markup.TagName is { Length: > 3 } end && end.StartsWith("end", StringComparison.Ordinal) && BlockTags.Contains(end[3..]))
                depth = Math.Max(0, depth - 1);
        }

        var text = body.ToCharArray();
        foreach (var opening in inertOpenings)
        {
            text[opening] = inert;
            if (text[opening + 1] == '{') text[opening + 1] = inert;
        }
        keptTags.Sort();
        return new LiquidSource(new string(text), inert, code, keptTags);
    }

    /// <summary>Where the body holds code (code spans and blocks, highlight blocks' code), in order.</summary>
    public IReadOnlyList<(int Start, int End)> Code => _code;

    /// <summary>The code (a code span or block, a highlight block's code) that <paramref name="position"/> falls in; null when none.</summary>
    public (int Start, int End)? CodeAt(int position)
    {
        var at = Find(_code, position);
        return at < 0 ? null : _code[at];
    }

    /// <summary><paramref name="text"/> with the Liquid of <paramref name="code"/> made inert, but the raw tags it holds: it shows as written.</summary>
    public string WithInertCode(string text, (int Start, int End) code)
    {
        var chars = text.ToCharArray();
        for (var i = code.Start; i < code.End; i++)
        {
            if (chars[i] == '{' && !Contains(_keptTags, i)) chars[i] = _inert;
        }
        return new string(chars);
    }

    /// <summary>
    /// Where <paramref name="body"/> holds code, in order, overlaps merged. A highlight block's code is read as code,
    /// and the Markdown around it is read without it: a <c>```</c> line in it would otherwise open a fence to the end.
    /// </summary>
    private static List<(int Start, int End)> CodeRanges(string body, Func<string, IReadOnlyList<SourceSpan>> codeIn)
    {
        var highlighted = HighlightedCode(body);
        var markdown = highlighted.Count == 0 ? body : Blanked(body, highlighted);
        var ranges = codeIn(markdown).Select(span => (span.Start, End: span.End + 1)).Concat(highlighted).Order().ToList();
        var merged = new List<(int Start, int End)>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End) merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, range.End));
            else merged.Add(range);
        }
        return merged;
    }

    /// <summary>The code between each <c>{% highlight %}</c> and its <c>{% endhighlight %}</c>.</summary>
    private static List<(int Start, int End)> HighlightedCode(string body)
    {
        var found = new List<(int Start, int End)>();
        var scanner = new Markup.Scanner(body);
        for (var position = 0; scanner.Next(position) is { } markup;)
        {
            position = markup.IsClosed ? markup.End : markup.Start + 2;
            if (markup is { TagName: "highlight", IsClosed: true } && EndHighlight().Match(body, markup.End) is { Success: true } end)
            {
                found.Add((markup.End, end.Index));
                position = end.Index + end.Length;
            }
        }
        return found;
    }

    /// <summary><paramref name="body"/> with each range's characters but its line breaks made spaces.</summary>
    private static string Blanked(string body, List<(int Start, int End)> ranges)
    {
        var chars = body.ToCharArray();
        foreach (var (start, end) in ranges)
        {
            for (var i = start; i < end; i++)
            {
                if (chars[i] is not ('\n' or '\r')) chars[i] = ' ';
            }
        }
        return new string(chars);
    }

    /// <summary><paramref name="text"/> with the markup made inert: the engine reads it as text, and it shows as written.</summary>
    public string WithInert(string text, Markup markup)
    {
        var chars = text.ToCharArray();
        chars[markup.Start] = _inert;
        if (chars[markup.Start + 1] == '{') chars[markup.Start + 1] = _inert;
        return new string(chars);
    }

    /// <summary>The braces made inert, given back.</summary>
    public string Restore(string rendered) => rendered.Replace(_inert, '{');

    private static char? InertCharacter(string body)
    {
        for (var candidate = '\uFDD0'; candidate <= '\uFDEF'; candidate++)
        {
            if (!body.Contains(candidate, StringComparison.Ordinal)) return candidate;
        }
        return null;
    }

    /// <summary>Whether a position falls in one of <paramref name="ranges"/>, which are in order and do not overlap.</summary>
    private static bool Contains(List<(int Start, int End)> ranges, int position) => Find(ranges, position) >= 0;

    /// <summary>The index of the range of <paramref name="ranges"/> (in order, not overlapping) that holds a position; -1 when none does.</summary>
    private static int Find(List<(int Start, int End)> ranges, int position)
    {
        var (low, high) = (0, ranges.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (position < ranges[middle].Start) high = middle - 1;
            else if (position >= ranges[middle].End) low = middle + 1;
            else return middle;
        }
        return -1;
    }

    [GeneratedRegex(@"\{%-?\s*endraw\s*-?%\}", RegexOptions.CultureInvariant)]
    internal static partial Regex EndRaw();

    [GeneratedRegex(@"\{%-?\s*endcomment\s*-?%\}", RegexOptions.CultureInvariant)]
    internal static partial Regex EndComment();

    [GeneratedRegex(@"\{%-?\s*endhighlight\s*-?%\}", RegexOptions.CultureInvariant)]
    internal static partial Regex EndHighlight();
}

/// <summary>A problem Liquid met in a body, at a position of the body's text.</summary>
internal sealed record LiquidProblem(int Offset, string Message);
