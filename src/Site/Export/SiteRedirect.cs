namespace Site.Export;

/// <summary>One address that answers 301: <paramref name="From"/> (decoded, as a request's path is) to the path <paramref name="To"/>.</summary>
/// <param name="IsOldAddress">
/// An address a post had before (a Jekyll URL, a <c>redirect_from</c>), as written, which links out there use; not
/// another spelling of an address (a trailing slash on a page's, Unicode's decomposed form), which hosts mostly mend.
/// </param>
public sealed record SiteRedirect(string From, string To, bool IsOldAddress);
