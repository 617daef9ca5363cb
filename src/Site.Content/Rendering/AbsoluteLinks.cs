namespace Site.Content.Rendering;

/// <summary>Makes a rendered body's site paths absolute, for readers that show it away from the site (feeds).</summary>
public static class AbsoluteLinks
{
    /// <param name="siteUrl">
    /// The site's address. A body's site paths already hold the path a site is served under (<c>/blog/posts/x</c>):
    /// they are made absolute on its host alone.
    /// </param>
    public static string Rewrite(string html, Uri siteUrl) =>
        new RawHtmlRewriter(url => SitePath.IsSitePath(url) ? new Uri(siteUrl, url).AbsoluteUri : url, links: null).Rewrite(html, 1, 1);
}
