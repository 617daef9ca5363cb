using System.Text;

namespace Site.Content;

/// <summary>
/// Warns about links in bodies that lead nowhere on this site: to no post, page, listing or static file, to a
/// local image that is missing, or to a post that is not published.
/// </summary>
public static class LinkChecker
{
    private static readonly string[] SiteRoutes = ["/", "/categories", "/archive", "/tags", "/feed.xml", "/sitemap.xml", "/robots.txt", "/healthz"];

    public static IEnumerable<ContentDiagnostic> Check(IReadOnlyList<Post> posts, IReadOnlySet<string> unpublishedUrls, string? staticFilesPath)
    {
        var known = new HashSet<string>(SiteRoutes, StringComparer.Ordinal);
        foreach (var post in posts)
        {
            known.Add(post.Url);
            foreach (var category in post.Categories) known.Add("/categories/" + category.Slug);
            foreach (var tag in post.Tags) known.Add("/tags/" + tag.Slug);
        }

        foreach (var post in posts)
        foreach (var link in post.Links)
        {
            if (!link.Url.StartsWith('/') || link.Url.StartsWith("//", StringComparison.Ordinal)) continue;
            var path = SitePath(link.Url);
            var route = path.Length > 1 ? path.TrimEnd('/').Normalize(NormalizationForm.FormC).ToLowerInvariant() : path;
            if (known.Contains(route) || IsArchivePeriod(route)) continue;

            if (unpublishedUrls.Contains(route))
                yield return ContentDiagnostic.Warning(post.SourcePath, $"link to unpublished post '{link.Url}': it answers 404 until that post is published", link.Line, link.Column);
            else if (staticFilesPath is not null && !StaticFileExists(staticFilesPath, path))
                yield return ContentDiagnostic.Warning(post.SourcePath, link.IsImage
                    ? $"missing local image '{link.Url}': no such file in wwwroot/"
                    : $"broken internal link '{link.Url}': no post, page or file there", link.Line, link.Column);
        }
    }

    private static string SitePath(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        try { return Uri.UnescapeDataString(path); }
        catch (UriFormatException) { return path; }
    }

    private static bool IsArchivePeriod(string route) =>
        route.StartsWith("/archive/", StringComparison.Ordinal) &&
        YearRange.TryParse(route["/archive/".Length..], currentYear: 0, out var period) &&
        period.UrlSegment == route["/archive/".Length..];

    private static bool StaticFileExists(string staticFilesPath, string path)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(staticFilesPath)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!full.StartsWith(root, StringComparison.Ordinal)) return false;
        return File.Exists(full) || File.Exists(Path.Combine(full, "index.html"));
    }
}
