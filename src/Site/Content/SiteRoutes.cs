namespace Site.Content;

/// <summary>The addresses the site serves besides posts and pages, for checks made while the catalog is built.</summary>
public static class SiteRoutes
{
    /// <summary>
    /// The site's own addresses, whatever the posts. <c>/not-found</c> and <c>/error</c> are where a 404 or 500 is
    /// made (the request runs again there), so an old URL claiming one would answer every missing page with a redirect.
    /// </summary>
    public static readonly IReadOnlySet<string> Fixed = new HashSet<string>(StringComparer.Ordinal)
    {
        "/", "/categories", "/archive", "/tags", "/feed.xml", "/sitemap.xml", "/robots.txt", "/healthz", "/not-found", "/error",
    };

    /// <summary>Every address the site serves for these posts: their own, their categories' (and feeds) and tags', the archive's and the fixed routes.</summary>
    public static Func<string, bool> Served(IEnumerable<(string Url, IReadOnlyList<Term> Categories, IReadOnlyList<Term> Tags)> posts)
    {
        var known = new HashSet<string>(Fixed, StringComparer.Ordinal);
        foreach (var (url, categories, tags) in posts)
        {
            known.Add(url);
            foreach (var category in categories)
            {
                known.Add(Category(category));
                known.Add(CategoryFeed(category));
            }
            foreach (var tag in tags) known.Add(Tag(tag));
        }
        return path => Canonical(path) is var route && (known.Contains(route) || IsArchivePeriod(route));
    }

    public static string Category(Term category) => "/categories/" + category.Slug;

    public static string CategoryFeed(Term category) => Category(category) + "/feed.xml";

    public static string Tag(Term tag) => "/tags/" + tag.Slug;

    /// <summary><c>/archive/2023</c> or <c>/archive/2020-2022</c>, written as the site writes them.</summary>
    public static bool IsArchivePeriod(string path) =>
        path.StartsWith("/archive/", StringComparison.Ordinal) && TryParsePeriod(path["/archive/".Length..], out _);

    /// <summary>The period of an archive URL's last segment (<c>2023</c>, <c>2020-2022</c>), only as the site writes it.</summary>
    public static bool TryParsePeriod(string? segment, out YearRange period) =>
        YearRange.TryParse(segment, currentYear: 0, out period) && period.UrlSegment == segment;

    /// <summary>How the site compares its own paths: NFC, lower case, no trailing slash.</summary>
    public static string Canonical(string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        return (trimmed.Length == 0 ? "/" : trimmed).Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>A path on this site (<c>/posts/x</c>), not a protocol-relative URL (<c>//host/x</c>).</summary>
    public static bool IsSitePath(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>The decoded path of a site URL, without its query and fragment: <c>/posts/donn%C3%A9es#x</c> gives <c>/posts/données</c>.</summary>
    public static string PathOf(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return Decode(end < 0 ? url : url[..end]);
    }

    /// <summary>Percent-decoding that leaves malformed text as it is.</summary>
    public static string Decode(string text)
    {
        try { return Uri.UnescapeDataString(text); }
        catch (UriFormatException) { return text; }
    }
}
