using System.Globalization;
using System.Net;
using System.Text;

namespace Site.Content.Images;

/// <summary>
/// The markup of a <see cref="ResponsiveImage"/>: <c>&lt;picture&gt;</c> with a WebP <c>&lt;source&gt;</c> around an
/// <c>&lt;img&gt;</c> whose <c>srcset</c> is in the file's own format, so that every browser gets WebP when it takes
/// it and the file's format when not, from the same URLs everywhere (a static copy of the site, a CDN's cache). A WebP
/// file needs no <c>&lt;source&gt;</c>: its <c>&lt;img&gt;</c> stands alone. Body images and the views write it alike.
/// </summary>
public static class PictureMarkup
{
    /// <summary>The whole markup, for a view: <paramref name="alt"/> and every value encoded.</summary>
    /// <param name="href">Writes a site path as the page links it (under the site's base path).</param>
    public static string Html(ResponsiveImage image, string alt, string sizes, ImagePriority priority, Func<string, string> href, string? cssClass = null)
    {
        var html = new StringBuilder(Opening(image, sizes, href)).Append("<img src=\"").Append(WebUtility.HtmlEncode(href(image.Src))).Append('"');
        if (cssClass is not null) html.Append(" class=\"").Append(WebUtility.HtmlEncode(cssClass)).Append('"');
        html.Append(" alt=\"").Append(WebUtility.HtmlEncode(alt)).Append('"');
        foreach (var (name, value) in ImgAttributes(image, sizes, priority, href)) html.Append(' ').Append(name).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        return html.Append(" />").Append(Closing(image)).ToString();
    }

    /// <summary>What goes before the <c>&lt;img&gt;</c>: empty when it needs no <c>&lt;picture&gt;</c>.</summary>
    public static string Opening(ResponsiveImage image, string sizes, Func<string, string> href) => NeedsPicture(image)
        ? $"<picture><source type=\"image/webp\" srcset=\"{WebUtility.HtmlEncode(SrcSet(image.WebP, href))}\" sizes=\"{WebUtility.HtmlEncode(sizes)}\" />"
        : "";

    /// <summary>What goes after the <c>&lt;img&gt;</c>.</summary>
    public static string Closing(ResponsiveImage image) => NeedsPicture(image) ? "</picture>" : "";

    /// <summary>The <c>&lt;img&gt;</c>'s attributes besides <c>src</c> and <c>alt</c>, unencoded.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ImgAttributes(ResponsiveImage image, string sizes, ImagePriority priority, Func<string, string> href)
    {
        var candidates = image.Fallback.Count > 0 ? image.Fallback : image.WebP;
        if (candidates.Count > 0)
        {
            yield return new("srcset", SrcSet(candidates, href));
            yield return new("sizes", sizes);
        }
        if (image.Width > 0)
        {
            yield return new("width", image.Width.ToString(CultureInfo.InvariantCulture));
            yield return new("height", image.Height.ToString(CultureInfo.InvariantCulture));
        }
        if (priority == ImagePriority.Lazy) yield return new("loading", "lazy");
        if (priority == ImagePriority.Lead) yield return new("fetchpriority", "high");
        yield return new("decoding", "async");
    }

    private static bool NeedsPicture(ResponsiveImage image) => image.Fallback.Count > 0;

    private static string SrcSet(IEnumerable<SrcSetCandidate> candidates, Func<string, string> href) =>
        string.Join(", ", candidates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{href(c.Url)} {c.Width}w")));
}
