namespace Site.Content.Routing;

/// <summary>How the site reads and compares the paths of its own addresses.</summary>
public static class SitePath
{
    /// <summary>How the site compares its own page paths: NFC, lower case, no trailing slash.</summary>
    public static string Canonical(string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        return (trimmed.Length == 0 ? "/" : trimmed).Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>A path on this site (<c>/posts/x</c>), not a protocol-relative URL (<c>//host/x</c>).</summary>
    public static bool IsSitePath(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>
    /// The path a site whose public address is <paramref name="siteUrl"/> is served under, percent-encoded, without a
    /// final <c>/</c>: <c>/blog</c> for <c>https://user.github.io/blog/</c>; empty for a site at its host's root.
    /// </summary>
    public static string BaseOf(Uri siteUrl) => siteUrl.AbsolutePath.TrimEnd('/');

    /// <summary>
    /// A site path as a site served under <paramref name="basePath"/> (<see cref="BaseOf"/>) writes it: <c>/posts/x</c>
    /// gives <c>/blog/posts/x</c>, <c>/</c> gives <c>/blog/</c>. Any other URL (with a scheme, a fragment, relative) is
    /// returned as it is.
    /// </summary>
    public static string UnderBase(string basePath, string url) => basePath.Length > 0 && IsSitePath(url) ? basePath + url : url;

    /// <summary>
    /// A URL written with the base path in it (Liquid's <c>{{ site.baseurl }}/posts/x</c>, <c>relative_url</c>) as the
    /// site path it names: <c>/blog/posts/x</c> gives <c>/posts/x</c>, <c>/blog</c> gives <c>/</c>, the base matched in
    /// any case, as the server matches it. Any other URL is returned as it is.
    /// </summary>
    public static string OffBase(string basePath, string url)
    {
        if (basePath.Length == 0 || !url.StartsWith(basePath, StringComparison.OrdinalIgnoreCase)) return url;
        var rest = url[basePath.Length..];
        if (rest.Length == 0) return "/";
        return rest[0] switch
        {
            '/' => rest,
            '?' or '#' => "/" + rest,
            _ => url,
        };
    }

    /// <summary>
    /// A site URL with the <c>.</c> and <c>..</c> segments of its path taken out, as a browser does before it asks:
    /// <c>/assets/../img/x.png?v=2</c> gives <c>/img/x.png?v=2</c>; a <c>..</c> at the root stays at the root.
    /// </summary>
    public static string WithoutDotSegments(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = end < 0 ? url : url[..end];
        if (!path.Contains("/.", StringComparison.Ordinal) && !path.Contains("%2e", StringComparison.OrdinalIgnoreCase)) return url;
        var segments = new List<string>();
        var parts = path.Split('/');
        for (var i = 1; i < parts.Length; i++)
        {
            // As browsers read them, %2e is a dot here.
            var part = parts[i].Replace("%2e", ".", StringComparison.OrdinalIgnoreCase);
            if (part == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else if (part != ".") segments.Add(parts[i]);
            // "/a/.." and "/a/." name the folder: its path ends with a slash.
            if (i == parts.Length - 1 && part is "." or "..") segments.Add("");
        }
        return "/" + string.Join('/', segments) + (end < 0 ? "" : url[end..]);
    }

    /// <summary>The decoded path of a site URL, without its query and fragment: <c>/posts/donn%C3%A9es#x</c> gives <c>/posts/données</c>.</summary>
    public static string PathOf(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return Decode(end < 0 ? url : url[..end]);
    }

    /// <summary>A decoded site path as a URL, each segment percent-encoded: <c>/img/my photo.png</c> gives <c>/img/my%20photo.png</c>.</summary>
    public static string Encode(string decodedPath) => string.Join('/', decodedPath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Percent-decoding that leaves malformed text as it is.</summary>
    public static string Decode(string text)
    {
        try { return Uri.UnescapeDataString(text); }
        catch (UriFormatException) { return text; }
    }
}
