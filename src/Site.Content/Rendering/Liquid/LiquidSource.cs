using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// A body's text as the Liquid engine is given it. Liquid in code (code spans and blocks, and the code of a
/// <c>{% highlight %}</c> block) is made inert, since it is what the code shows; so is a <c>{% raw %}</c> that is never
/// closed, an <c>{% endraw %}</c> that closes nothing and markup too long to be a real tag, which are reported. A
/// <c>{% raw %}</c> with its <c>{% endraw %}</c> stays Liquid everywhere, code included: Jekyll runs Liquid before
/// Markdown, so its authors wrap in raw the Liquid their code samples show, and the two tags must vanish there too.
/// Inert means every <c>{</c> there is replaced by a character the body does not hold (Unicode keeps U+FDD0 to U+FDEF
/// for such internal use), one for one: positions stay those of the body, and the rendered text gets its braces back.
/// </summary>
internal sealed partial class LiquidSource
{
    private readonly char _inert;

    private LiquidSource(string text, char inert)
    {
        Text = text;
        _inert = inert;
    }

    /// <summary>The text for the engine, as long as the body, position for position.</summary>
    public string Text { get; }

    /// <summary>
    /// The body ready for the engine, or null when its Liquid cannot be run (blocks nested too deep for the engine's
    /// parser, which recurses per block) and must show as written: <paramref name="problems"/> then says why.
    /// </summary>
    /// <param name="code">Where the body holds code, from the parsed Markdown (<see cref="MarkdownSyntax.CodeSpans"/>).</param>
    public static LiquidSource? Prepare(string body, IReadOnlyList<SourceSpan> code, ICollection<LiquidProblem> problems)
    {
        if (InertCharacter(body) is not { } inert)
        {
            problems.Add(new LiquidProblem(0, "Liquid is not run: the body holds every character this site reserves to mark code (U+FDD0 to U+FDEF)"));
            return null;
        }

        var codeRanges = code.Select(span => (span.Start, End: span.End + 1)).ToList();
        var inertRanges = new List<(int Start, int End)>(codeRanges);
        var scanner = new Markup.Scanner(body);
        var keptTags = new List<(int Start, int End)>();
        var inertOpenings = new List<int>();
        var depth = 0;
        var position = 0;
        while (scanner.Next(position) is { } markup)
        {
            var inCode = Contains(codeRanges, markup.Start);
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
            if (inCode || !markup.IsClosed)
            {
                // In code it is text; never closed, the engine reports it.
                position = markup.Start + 2;
                continue;
            }
            switch (markup.TagName)
            {
                case "comment" when EndComment().Match(body, markup.End) is { Success: true } endComment:
                    position = endComment.Index + endComment.Length;
                    continue;
                case "highlight" when EndHighlight().Match(body, markup.End) is { Success: true } endHighlight:
                    inertRanges.Add((markup.End, endHighlight.Index));
                    foreach (Match raw in RawPair().Matches(body[..endHighlight.Index], markup.End))
                    {
                        keptTags.Add((raw.Index, raw.Index + raw.Groups["open"].Length));
                        keptTags.Add((raw.Index + raw.Length - raw.Groups["close"].Length, raw.Index + raw.Length));
                    }
                    position = endHighlight.Index + endHighlight.Length;
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
        inertRanges.Sort();
        keptTags.Sort();
        foreach (var (start, end) in inertRanges)
        {
            for (var i = body.IndexOf('{', start, end - start); i >= 0; i = i + 1 < end ? body.IndexOf('{', i + 1, end - i - 1) : -1)
            {
                if (!Contains(keptTags, i)) text[i] = inert;
            }
        }
        foreach (var opening in inertOpenings)
        {
            text[opening] = inert;
            if (text[opening + 1] == '{') text[opening + 1] = inert;
        }
        return new LiquidSource(new string(text), inert);
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

    /// <summary>Blocks whose nesting the engine's parser follows by recursion (raw, comment and highlight hold text).</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal) { "if", "unless", "case", "for", "tablerow", "capture", "ifchanged" };

    private static char? InertCharacter(string body)
    {
        for (var candidate = '\uFDD0'; candidate <= '\uFDEF'; candidate++)
        {
            if (!body.Contains(candidate, StringComparison.Ordinal)) return candidate;
        }
        return null;
    }

    /// <summary>Whether a position falls in one of <paramref name="ranges"/>, which are in order and do not overlap.</summary>
    private static bool Contains(List<(int Start, int End)> ranges, int position)
    {
        var (low, high) = (0, ranges.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (position < ranges[middle].Start) high = middle - 1;
            else if (position >= ranges[middle].End) low = middle + 1;
            else return true;
        }
        return false;
    }

    [GeneratedRegex(@"\{%-?\s*endraw\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex EndRaw();

    [GeneratedRegex(@"\{%-?\s*endcomment\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex EndComment();

    [GeneratedRegex(@"\{%-?\s*endhighlight\s*-?%\}", RegexOptions.CultureInvariant)]
    private static partial Regex EndHighlight();

    [GeneratedRegex(@"(?<open>\{%-?\s*raw\s*-?%\})(?s:.*?)(?<close>\{%-?\s*endraw\s*-?%\})", RegexOptions.CultureInvariant)]
    private static partial Regex RawPair();
}

/// <summary>A problem Liquid met in a body, at a position of the body's text.</summary>
internal sealed record LiquidProblem(int Offset, string Message);
