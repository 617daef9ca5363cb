using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Content;

/// <summary>The years a piece of work spans: the <c>range</c> field, and the periods of archive URLs.</summary>
public readonly partial record struct YearRange(int Start, int End, bool UntilPresent = false)
{
    /// <summary>How the range reads on a page: "2022 – 2024", "2021 – present", a single year as "2023".</summary>
    public string Display => UntilPresent ? $"{Start} – present" : Start == End ? $"{Start}" : $"{Start} – {End}";

    /// <summary>The archive URL segment: "2023" or "2022-2024".</summary>
    public string UrlSegment => Start == End ? $"{Start}" : $"{Start}-{End}";

    public bool Contains(int year) => year >= Start && year <= End;

    public bool Overlaps(YearRange other) => Start <= other.End && other.Start <= End;

    public IEnumerable<int> Years => Enumerable.Range(Start, End - Start + 1);

    /// <summary>
    /// Reads "2022 - 2024", "2022-2024", "2022–2024" (en or em dash), "2023" and "2021 - present".
    /// "present" becomes <paramref name="currentYear"/>. A range that ends before it starts is refused.
    /// </summary>
    public static bool TryParse(string? text, int currentYear, out YearRange range)
    {
        range = default;
        if (text is null) return false;
        var match = RangePattern().Match(text.Trim());
        if (!match.Success) return false;

        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var endText = match.Groups["end"].Value;
        var untilPresent = endText.Equals("present", StringComparison.OrdinalIgnoreCase);
        var end = !match.Groups["end"].Success ? start : untilPresent ? currentYear : int.Parse(endText, CultureInfo.InvariantCulture);
        if (end < start) return false;

        range = new YearRange(start, end, untilPresent);
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is written as a range at all, whatever its years.</summary>
    public static bool IsWrittenAsRange(string text) => RangePattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?<start>[0-9]{4})(?:\s*[-–—]\s*(?<end>[0-9]{4}|present))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();
}
