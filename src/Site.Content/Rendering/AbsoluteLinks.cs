namespace Site.Content.Rendering;

/// <summary>Makes a rendered body's site paths absolute, for readers that show it away from the site (feeds).</summary>
public static class AbsoluteLinks
{
    /// <param name="siteUrl">The site's address, ending in <c>/</c>; a site served under a path (<c>https://x.example/blog/</c>) keeps it.</param>
    public static string Rewrite(string html, Uri siteUrl) =>
        new RawHtmlRewriter(url => SitePath.IsSitePath(url) ? new Uri(siteUrl, url.TrimStart('/')).AbsoluteUri : url, links: null).Rewrite(html, 1, 1);
}
