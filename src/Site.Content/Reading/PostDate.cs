using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Content.Reading;

/// <summary>Publication dates as Jekyll authors write them, read in the site's time zone.</summary>
public static partial class PostDate
{
    /// <summary>
    /// Reads "2023-01-05", "2023-01-05 10:30", "2023-01-05 10:30:00 +0100", "2023-01-05T10:30:00Z", and the nanoseconds
    /// jekyll-import writes ("2015-03-14 09:26:53.000000000 +01:00"), read to the tenth of a microsecond.
    /// A date or time without an offset is local time in <paramref name="zone"/> (a bare date is midnight there).
    /// </summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        value = default;
        if (text is null) return false;
        var match = DatePattern().Match(text.Trim());
        if (!match.Success) return false;

        var dateTimeText = match.Groups["date"].Value + " " + (match.Groups["time"].Success ? match.Groups["time"].Value : "00:00");
        string[] formats = ["yyyy-M-d H:mm", "yyyy-M-d H:mm:ss", "yyyy-M-d H:mm:ss.FFFFFFF"];
        if (!DateTime.TryParseExact(dateTimeText, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return false;

        var zoneText = match.Groups["zone"].Value;
        if (zoneText.Length == 0)
        {
            value = new DateTimeOffset(local, zone.GetUtcOffset(local));
            return true;
        }
        var offset = zoneText is "Z" or "z" ? TimeSpan.Zero : ParseOffset(zoneText);
        if (offset.Duration() > TimeSpan.FromHours(14)) return false;
        value = new DateTimeOffset(local, offset);
        return true;
    }

    /// <summary>Splits a Jekyll file name "2023-01-05-my-post" (or "2023-1-5-my-post") into its date (midnight in <paramref name="zone"/>) and the rest.</summary>
    public static bool TryFromFileName(string fileNameWithoutExtension, TimeZoneInfo zone, out DateTimeOffset value, out string rest)
    {
        value = default;
        rest = fileNameWithoutExtension;
        var match = FileNamePattern().Match(fileNameWithoutExtension);
        if (!match.Success || !TryParse(match.Groups["date"].Value, zone, out value)) return false;
        rest = match.Groups["rest"].Value;
        return true;
    }

    /// <summary>A file name's title: what follows its date (<c>my-post</c> of <c>2023-01-05-my-post</c>), or the whole name without one.</summary>
    public static string TitleOfFileName(string fileNameWithoutExtension)
    {
        TryFromFileName(fileNameWithoutExtension, TimeZoneInfo.Utc, out _, out var rest);
        return rest;
    }

    private static TimeSpan ParseOffset(string text)
    {
        var sign = text[0] == '-' ? -1 : 1;
        var digits = text[1..].Replace(":", "");
        return sign * new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), int.Parse(digits[2..], CultureInfo.InvariantCulture), 0);
    }

    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})(?:[Tt ]\s*(?<time>[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,7})?)?)(?:(?<=\.[0-9]{7})[0-9]+)?)?\s*(?<zone>[Zz]|[+-][0-9]{2}:?[0-9]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>Whether a file name has the date Jekyll needs of a post in <c>_posts/</c> (<c>2020-1-5-title</c> does too).</summary>
    public static bool IsDatedFileName(string fileNameWithoutExtension) => FileNamePattern().IsMatch(fileNameWithoutExtension);

    // Jekyll's Document::DATE_FILENAME_MATCHER: month and day of one digit or two.
    [GeneratedRegex(@"^(?<date>[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})-(?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
