namespace Site.Export;

/// <summary>
/// Where an address of the site is written in an exported folder, so that a static host serves it there as it is: a
/// page as <c>.html</c> beside its name (<c>/posts/x</c> in <c>posts/x.html</c>, which GitHub Pages, Netlify,
/// Cloudflare Pages and the exported nginx configuration serve at <c>/posts/x</c>), the home page as
/// <c>index.html</c>, a feed or a file at its own path.
/// </summary>
public static class ExportPath
{
    /// <summary>The file's path relative to the folder ('/'-separated); null for a path no file may have (<c>..</c>, an empty segment).</summary>
    /// <param name="sitePath">The address, decoded (<c>/posts/données</c>).</param>
    /// <param name="isPage">Whether the address answers an HTML page of the site's.</param>
    public static string? For(string sitePath, bool isPage)
    {
        if (sitePath == "/") return "index.html";
        var relative = sitePath.TrimStart('/');
        if (relative.Split('/').Any(segment => segment is "" or "." or ".." || segment.Contains('\\', StringComparison.Ordinal) || segment.Contains('\0', StringComparison.Ordinal)))
            return null;
        return isPage ? relative + ".html" : relative;
    }
}
