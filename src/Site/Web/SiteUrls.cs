using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>
/// The site's URLs from <c>Site:BaseUrl</c>: absolute ones, for what is read away from the site (feeds, sitemaps, link
/// previews), and the links of its own pages, under the path it is served at (<c>/blog</c>).
/// </summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    public Uri Base { get; } = new(options.Value.BaseUrl.TrimEnd('/') + "/");

    /// <summary>The path the site is served under (<c>/blog</c>), percent-encoded; empty for a site at its host's root.</summary>
    public string BasePath { get; } = options.Value.BasePath();

    /// <summary>
    /// A site path made absolute (non-ASCII percent-encoded); a URL with a scheme is returned as it is. A backslash in a
    /// site path is kept in it, encoded: joined as it is, <c>\\host\x</c> would make <c>file://host/x</c>.
    /// </summary>
    public string Absolute(string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.AbsoluteUri
            : new Uri(Base, pathOrUrl.Replace("\\", "%5C", StringComparison.Ordinal).TrimStart('/')).AbsoluteUri;

    /// <summary>A site path as the site's pages link to it, under the base path (<c>/blog/posts/x</c>); a URL with a scheme as it is.</summary>
    public string Local(string pathOrUrl) => SitePath.UnderBase(BasePath, pathOrUrl);
}
