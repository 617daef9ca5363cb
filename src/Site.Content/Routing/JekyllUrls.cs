using System.Globalization;
using System.Text.RegularExpressions;

namespace Site.Content.Routing;

/// <summary>
/// The addresses Jekyll 4 gave a post, so that links into a site moved here keep working:
/// <c>/{categories, lower-cased, each once, joined by /}/{yyyy}/{mm}/{dd}/{title}.html</c>, where <c>title</c> is the file
/// name's part after the date, also without <c>.html</c> (and, through <see cref="OldPath"/>, with a trailing slash).
/// </summary>
public static partial class JekyllUrls
{
    /// <param name="fileName">The post's file name, e.g. <c>2023-01-05-my-post.md</c>; without a date prefix Jekyll made no dated URL.</param>
    /// <param name="categories">The category names in front-matter order.</param>
    /// <param name="date">The post's date in the site's time zone.</param>
    /// <param name="slug">The front matter's <c>slug</c>, which Jekyll puts in place of the file name's title.</param>
    public static IEnumerable<string> For(string fileName, IEnumerable<string> categories, DateTimeOffset? date, TimeZoneInfo zone, string? slug = null)
    {
        if (date is not { } when || !PostDate.TryFromFileName(Path.GetFileNameWithoutExtension(fileName), zone, out _, out var title))
            yield break;
        var local = TimeZoneInfo.ConvertTime(when, zone);
        var prefix = string.Concat(categories.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Select(c => "/" + c));
        // The title as the issue's readers wrote it, and as Jekyll 4 really built it: slugified in its "pretty", cased mode.
        string[] titles = [title, Pretty(title), .. slug is null ? Array.Empty<string>() : [Pretty(slug)]];
        foreach (var written in titles.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{prefix}/{local:yyyy}/{local:MM}/{local:dd}/{written}");
            yield return OldPath.Normalize(path + ".html");
            yield return OldPath.Normalize(path);
        }
    }

    /// <summary>Jekyll's <c>slugify(mode: "pretty", cased: true)</c>: runs of other characters become one "-".</summary>
    private static string Pretty(string text) => PrettyUnsafe().Replace(text, "-").Trim('-');

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+")]
    private static partial Regex PrettyUnsafe();
}
