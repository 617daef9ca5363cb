using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>Absolute URLs from <c>Site:BaseUrl</c>, for what is read away from the site: feeds, sitemaps, link previews.</summary>
public sealed class SiteUrls(IOptions<SiteOptions> options)
{
    public Uri Base { get; } = new(options.Value.BaseUrl.TrimEnd('/') + "/");

    /// <summary>A site path made absolute (non-ASCII percent-encoded); a URL with a scheme is returned as it is.</summary>
    public string Absolute(string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.AbsoluteUri
            : new Uri(Base, pathOrUrl.TrimStart('/')).AbsoluteUri;
}
