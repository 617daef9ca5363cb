using System.Net;
using System.Text;

namespace Site.Export;

/// <summary>
/// The page a static host with no redirects of its own (GitHub Pages, a bucket) serves at an old address: it sends the
/// reader on at once and tells search engines where the page is now, as jekyll-redirect-from does.
/// </summary>
public static class RedirectPage
{
    /// <summary>
    /// The file for an old address ('/'-separated, relative), or null: <c>x.html</c> at <c>/x.html</c>, <c>x/index.html</c>
    /// at <c>/x</c>, which every host serves at <c>/x/</c> and sends <c>/x</c> to; none at an address with another
    /// extension, which a host would serve as something else than a page.
    /// </summary>
    public static string? FileFor(string oldPath)
    {
        var name = oldPath[(oldPath.LastIndexOf('/') + 1)..];
        if (name.EndsWith(".html", StringComparison.Ordinal) || name.EndsWith(".htm", StringComparison.Ordinal)) return ExportPath.For(oldPath, isPage: false);
        return name.Contains('.', StringComparison.Ordinal) || ExportPath.For(oldPath, isPage: false) is not { } folder ? null : folder + "/index.html";
    }

    /// <param name="target">The path of the page now, percent-encoded.</param>
    /// <param name="absoluteTarget">Its absolute URL, for search engines.</param>
    public static byte[] For(string target, string absoluteTarget)
    {
        var href = WebUtility.HtmlEncode(target);
        return Encoding.UTF8.GetBytes($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Moved to {href}</title>
            <link rel="canonical" href="{WebUtility.HtmlEncode(absoluteTarget)}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={href}">
            </head>
            <body>
            <p>This page is now at <a href="{href}">{href}</a>.</p>
            </body>
            </html>

            """);
    }
}
