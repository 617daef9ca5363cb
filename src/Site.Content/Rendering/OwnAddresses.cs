namespace Site.Content.Rendering;

/// <summary>
/// The public addresses the site is or was reached at: its own (<c>Site:BaseUrl</c>) and the old Jekyll site's
/// (<c>_config.yml</c>'s <c>url</c> and <c>baseurl</c>). An absolute link to one of them (<c>{{ site.url }}/assets/x.png</c>,
/// <c>absolute_url</c>, a link copied from the old site) may name a path of this site: where the site answers there
/// (<see cref="LinkResolver"/>), it is resolved and checked as a site path, and written as one, so that it works on
/// whichever host the site is reached at (<c>localhost</c> too).
/// </summary>
public sealed class OwnAddresses
{
    private readonly Uri[] _addresses;

    /// <param name="addresses">Each an http(s) URL; text that is not one is left out.</param>
    public OwnAddresses(IEnumerable<string?> addresses) =>
        _addresses = [.. addresses.Select(address => Uri.TryCreate(address, UriKind.Absolute, out var uri) && IsWeb(uri) ? uri : null).OfType<Uri>()];

    public static readonly OwnAddresses None = new([]);

    /// <summary>
    /// The site path (<c>/assets/x.png</c>, with the query and fragment as written) an absolute URL names on one of the
    /// addresses, over http or https alike; null for a URL of elsewhere, or outside the path an address is served under.
    /// </summary>
    public string? SitePathOf(string url)
    {
        if (_addresses.Length == 0 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsWeb(uri)) return null;
        foreach (var address in _addresses)
        {
            var samePort = uri.Port == address.Port || uri.IsDefaultPort && address.IsDefaultPort;
            if (!samePort || !string.Equals(uri.IdnHost, address.IdnHost, StringComparison.OrdinalIgnoreCase)) continue;
            var basePath = SitePath.BaseOf(address);
            var written = uri.AbsolutePath;
            var path = SitePath.OffBase(basePath, written);
            if (basePath.Length > 0 && path == written) continue;
            return path + uri.Query + uri.Fragment;
        }
        return null;
    }

    private static bool IsWeb(Uri uri) => uri.Scheme is "http" or "https" && uri.Host.Length > 0;
}
