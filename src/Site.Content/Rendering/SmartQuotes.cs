using System.Globalization;
using System.Net;

namespace Site.Content.Rendering;

/// <summary>
/// What kramdown writes for the quotes typography curls (its <c>smart_quotes</c> option): a left single quote, a right
/// single quote (the apostrophe too), a left double and a right double quote, each named as an HTML entity
/// (<c>lsquo</c>, <c>apos</c>, <c>bdquo</c>...) or given as a decimal code point (<c>39</c>). A site that writes
/// <c>apos,apos,quot,quot</c> keeps its quotes straight while its dashes and ellipses are still typeset.
/// </summary>
public sealed record SmartQuotes(string LeftSingle, string RightSingle, string LeftDouble, string RightDouble)
{
    /// <summary>kramdown's default, <c>lsquo,rsquo,ldquo,rdquo</c>.</summary>
    public static readonly SmartQuotes Kramdown = new("\u2018", "\u2019", "\u201C", "\u201D");

    /// <summary>What stands for one of the curly quotes of <see cref="Kramdown"/>.</summary>
    public string For(char curly) => curly switch
    {
        '\u2018' => LeftSingle,
        '\u2019' => RightSingle,
        '\u201C' => LeftDouble,
        _ => RightDouble,
    };

    /// <summary>
    /// The quotes four entities name, in kramdown's order; null, with the reason, when there are not four or one of them
    /// names no character.
    /// </summary>
    public static SmartQuotes? Parse(IReadOnlyList<string> entities, out string? problem)
    {
        problem = null;
        if (entities.Count != 4)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"needs exactly four entities (left single, right single, left double, right double quote), not {entities.Count}");
            return null;
        }
        var characters = new string[4];
        for (var i = 0; i < 4; i++)
        {
            if (CharacterOf(entities[i].Trim()) is not { } character)
            {
                problem = $"'{entities[i].Trim()}' is no HTML entity name (such as lsquo, apos, quot) or decimal code point (such as 39)";
                return null;
            }
            characters[i] = character;
        }
        return new SmartQuotes(characters[0], characters[1], characters[2], characters[3]);
    }

    /// <summary>The character an entity name or a code point stands for; null for none, or for a control character.</summary>
    private static string? CharacterOf(string entity)
    {
        if (entity.Length > 0 && entity.All(char.IsAsciiDigit))
        {
            return int.TryParse(entity, NumberStyles.None, CultureInfo.InvariantCulture, out var point)
                && point is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) && !char.IsControl(char.ConvertFromUtf32(point), 0)
                ? char.ConvertFromUtf32(point) : null;
        }
        if (entity.Length == 0 || !entity.All(char.IsAsciiLetterOrDigit)) return null;
        // HTML 4's entities and apos, the names kramdown knows.
        var reference = "&" + entity + ";";
        var decoded = WebUtility.HtmlDecode(reference);
        return decoded == reference ? null : decoded;
    }
}
