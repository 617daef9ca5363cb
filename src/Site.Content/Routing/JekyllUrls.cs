using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Content.Routing;

/// <summary>
/// The addresses Jekyll gave a post, so that links into a site moved here keep working: each permalink pattern
/// expanded for the post (Jekyll's styles <c>date</c>, <c>pretty</c>, <c>ordinal</c>, <c>weekdate</c>, <c>none</c>, or
/// a pattern such as <c>/news/:year/:month/:day/:title/</c>), in each form Jekyll's output answered at
/// (<see cref="OldPath.Forms"/>: with and without <c>.html</c>, a folder's <c>index.html</c>, a trailing slash).
/// </summary>
public static partial class JekyllUrls
{
    /// <summary>Jekyll's default style.</summary>
    public const string DefaultStyle = "date";

    private static readonly Dictionary<string, string> Styles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = "/:categories/:year/:month/:day/:title:output_ext",
        ["pretty"] = "/:categories/:year/:month/:day/:title/",
        ["ordinal"] = "/:categories/:year/:y_day/:title:output_ext",
        ["weekdate"] = "/:categories/:year/W:week/:short_day/:title:output_ext",
        ["none"] = "/:categories/:title:output_ext",
    };

    /// <summary>
    /// The addresses Jekyll gave a post's file: under its permalink styles or patterns when its name has a date (a post
    /// in <c>_posts/</c>), else its own path (a page: <c>notes/x.md</c> at <c>/notes/x.html</c>).
    /// </summary>
    public static IEnumerable<string> ForFile(
        string relativePath, IEnumerable<string> categories, DateTimeOffset? date, TimeZoneInfo zone, string? slug, params IEnumerable<string?> permalinks)
    {
        var fileName = relativePath[(relativePath.LastIndexOf('/') + 1)..];
        if (PostDate.TryFromFileName(Path.GetFileNameWithoutExtension(fileName), zone, out _, out _))
            return For(fileName, categories, date, zone, slug, permalinks);
        var page = "/" + relativePath[..^Path.GetExtension(relativePath).Length];
        return OldPath.Forms(page + ".html");
    }

    /// <summary>
    /// Whether <paramref name="permalink"/> is a style Jekyll knows or a pattern of a path: one with a <c>/</c> or a
    /// placeholder, with or without its leading <c>/</c> (<c>blog/:year/:title/</c>), which Jekyll adds. A single word
    /// that is no style (<c>fancy</c>) is taken for a mistyped style: Jekyll would put every post at that one address.
    /// </summary>
    public static bool IsValid(string permalink) =>
        Styles.ContainsKey(permalink) || permalink.Contains('/', StringComparison.Ordinal) || permalink.Contains(':', StringComparison.Ordinal);

    /// <summary>What <see cref="IsValid"/> rejects, said to whoever wrote it.</summary>
    public const string ValidForms = "is neither one of Jekyll's styles (date, pretty, ordinal, weekdate, none) nor a pattern such as '/:categories/:title/'";

    /// <param name="fileName">The post's file name, e.g. <c>2023-01-05-my-post.md</c>.</param>
    /// <param name="categories">The category names in front-matter order, then those of the folders above <c>_posts/</c>.</param>
    /// <param name="date">The post's date; patterns that need one give nothing without it.</param>
    /// <param name="slug">The front matter's <c>slug</c>, which Jekyll puts in place of the file name's title.</param>
    /// <param name="permalinks">Styles or patterns (the site's, Jekyll's default, a post's own); null ones are left out.</param>
    public static IEnumerable<string> For(
        string fileName, IEnumerable<string> categories, DateTimeOffset? date, TimeZoneInfo zone, string? slug = null, params IEnumerable<string?> permalinks)
    {
        var title = PostDate.TitleOfFileName(Path.GetFileNameWithoutExtension(fileName));
        // Jekyll's :name is the file's whole name, its date too (2019-04-01-weekly-notes), slugified.
        var name = Slug.From(Path.GetFileNameWithoutExtension(fileName));
        var local = date is { } when ? TimeZoneInfo.ConvertTime(when, zone) : (DateTimeOffset?)null;
        var categoryPath = string.Join('/', categories.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal));
        // The title as authors wrote it, and as Jekyll 4 really built it: slugified in its "pretty", cased mode.
        string[] titles = [.. new[] { title, Pretty(title), slug is null ? null : Pretty(slug) }.OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

        var patterns = permalinks.OfType<string>()
            .Select(p => Styles.GetValueOrDefault(p, p.StartsWith('/') ? p : "/" + p)).Distinct(StringComparer.Ordinal);
        var urls = new List<string>();
        foreach (var pattern in patterns)
        foreach (var written in titles)
        {
            if (Expand(pattern, local, categoryPath, written, Slug.From(slug ?? title), name) is not { } path) continue;
            urls.AddRange(OldPath.Forms(path));
        }
        return urls.Distinct(StringComparer.Ordinal);
    }

    /// <summary>A pattern with its placeholders filled, doubled slashes made one; null when it needs a date the post lacks.</summary>
    private static string? Expand(string pattern, DateTimeOffset? date, string categories, string title, string slug, string name)
    {
        var needsDate = false;
        var path = Placeholder().Replace(pattern, match =>
        {
            string Dated(Func<DateTimeOffset, string> value)
            {
                needsDate = true;
                return date is { } when ? value(when) : "";
            }
            return match.Groups["name"].Value switch
            {
                "year" => Dated(d => d.ToString("yyyy", CultureInfo.InvariantCulture)),
                "short_year" => Dated(d => d.ToString("yy", CultureInfo.InvariantCulture)),
                "month" => Dated(d => d.ToString("MM", CultureInfo.InvariantCulture)),
                "i_month" => Dated(d => d.Month.ToString(CultureInfo.InvariantCulture)),
                "short_month" => Dated(d => d.ToString("MMM", CultureInfo.InvariantCulture)),
                "long_month" => Dated(d => d.ToString("MMMM", CultureInfo.InvariantCulture)),
                "day" => Dated(d => d.ToString("dd", CultureInfo.InvariantCulture)),
                "i_day" => Dated(d => d.Day.ToString(CultureInfo.InvariantCulture)),
                "y_day" => Dated(d => d.DayOfYear.ToString("000", CultureInfo.InvariantCulture)),
                "week" => Dated(d => ISOWeek.GetWeekOfYear(d.DateTime).ToString("00", CultureInfo.InvariantCulture)),
                "short_day" => Dated(d => d.ToString("ddd", CultureInfo.InvariantCulture)),
                "long_day" => Dated(d => d.ToString("dddd", CultureInfo.InvariantCulture)),
                "hour" => Dated(d => d.ToString("HH", CultureInfo.InvariantCulture)),
                "minute" => Dated(d => d.ToString("mm", CultureInfo.InvariantCulture)),
                "second" => Dated(d => d.ToString("ss", CultureInfo.InvariantCulture)),
                "title" => title,
                "slug" => slug,
                "name" => name,
                "categories" => categories,
                "output_ext" => ".html",
                _ => match.Value,
            };
        });
        return needsDate && date is null ? null : Slashes().Replace(path, "/");
    }

    /// <summary>Jekyll's <c>slugify(mode: "pretty", cased: true)</c>: runs of other characters become one "-".</summary>
    private static string Pretty(string text) => PrettyUnsafe().Replace(text, "-").Trim('-');

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+")]
    private static partial Regex PrettyUnsafe();

    [GeneratedRegex(@":(?<name>short_year|i_month|short_month|long_month|i_day|y_day|short_day|long_day|output_ext|categories|year|month|day|week|hour|minute|second|title|slug|name)")]
    private static partial Regex Placeholder();

    [GeneratedRegex("/{2,}")]
    private static partial Regex Slashes();
}
