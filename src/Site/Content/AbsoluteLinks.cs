namespace Site.Content;

/// <summary>Makes a rendered body's site paths absolute, for readers that show it away from the site (feeds).</summary>
public static class AbsoluteLinks
{
    public static string Rewrite(string html, Uri siteUrl) =>
        new RawHtmlRewriter(url => SiteRoutes.IsSitePath(url) ? new Uri(siteUrl, url).AbsoluteUri : url, links: null).Rewrite(html, 1, 1);
}
