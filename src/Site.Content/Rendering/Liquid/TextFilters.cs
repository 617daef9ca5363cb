using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;
using Markdig;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Jekyll's text filters: <c>markdownify</c> (Markdown to HTML, as the site reads Markdown, without Liquid),
/// <c>smartify</c> (curly quotes, dashes and ellipses, as in the site's titles), <c>slugify</c> (with Jekyll's modes),
/// <c>number_of_words</c> (also <c>"cjk"</c> and <c>"auto"</c>), <c>normalize_whitespace</c> (each run of spaces and
/// line breaks one space, none at either end), <c>array_to_sentence_string</c> (<c>a, b, and c</c>) and <c>jsonify</c>.
/// </summary>
internal static partial class TextFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("markdownify", (input, _, _) => new StringValue(Markdown.ToHtml(input.ToStringValue(), MarkdownSyntax.Pipeline)));
        filters.AddFilter("slugify", (input, arguments, _) =>
            input.IsNil() ? NilValue.Instance : new StringValue(Slugify(input.ToStringValue(), arguments.At(0).IsNil() ? "default" : arguments.At(0).ToStringValue())));
        filters.AddFilter("smartify", (input, _, context) =>
            input.IsNil() ? NilValue.Instance : new StringValue(Typography.Of(input.ToStringValue(), LiquidRun.Of(context).Body.Quotes)));
        filters.AddFilter("normalize_whitespace", (input, _, _) => new StringValue(Whitespace().Replace(input.ToStringValue(), " ").Trim()));
        filters.AddFilter("number_of_words", (input, arguments, _) => NumberValue.Create(NumberOfWords(input.ToStringValue(), arguments.At(0).ToStringValue())));
        filters.AddFilter("array_to_sentence_string", (input, arguments, context) =>
            new StringValue(Sentence([.. input.Enumerate(context).Select(item => item.ToStringValue())], arguments.At(0).IsNil() ? "and" : arguments.At(0).ToStringValue())));
        if (filters.TryGetValue("json", out var json)) filters.AddFilter("jsonify", json);
    }

    /// <summary>
    /// Jekyll's <c>slugify</c>: <c>default</c> keeps letters, marks and digits (the site's own <see cref="Slug"/> rule),
    /// <c>raw</c> replaces only spaces, <c>pretty</c> also keeps <c>._~!$&amp;'()+,;=@</c>, <c>ascii</c> only ASCII letters
    /// and digits, <c>latin</c> first drops accents; every run of the rest becomes one <c>-</c>, none at either end, and all
    /// is lower case. Any other mode (<c>none</c>) only lowers the case.
    /// </summary>
    private static string Slugify(string text, string mode) => mode switch
    {
        "default" => Slug.From(text),
        "latin" => Slug.From(WithoutAccents(text)),
        "raw" => Hyphenate(text, Whitespace()),
        "pretty" => Hyphenate(text, PrettySeparators()),
        "ascii" => Hyphenate(text, AsciiSeparators()),
        _ => text.ToLowerInvariant(),
    };

    private static string Hyphenate(string text, Regex separators) => separators.Replace(text, "-").Trim('-').ToLowerInvariant();

    /// <summary>Accented Latin letters without their accents; any other character that is not ASCII becomes <c>?</c>, as Jekyll's transliteration does.</summary>
    private static string WithoutAccents(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(char.IsAscii(c) ? c : '?');
        }
        return plain.ToString();
    }

    private static int NumberOfWords(string text, string mode)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        if (mode is not ("cjk" or "auto")) return words;
        var cjk = CjkCharacter().Count(text);
        return mode == "auto" && cjk == 0 ? words : cjk + NonCjkWord().Count(text);
    }

    private static string Sentence(IReadOnlyList<string> items, string connector) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} {connector} {items[1]}",
        _ => $"{string.Join(", ", items.Take(items.Count - 1))}, {connector} {items[^1]}",
    };

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+", RegexOptions.CultureInvariant)]
    private static partial Regex PrettySeparators();

    [GeneratedRegex("[^A-Za-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex AsciiSeparators();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}]", RegexOptions.CultureInvariant)]
    private static partial Regex CjkCharacter();

    [GeneratedRegex(@"[^\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonCjkWord();
}
