using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Site.Web;

/// <summary>
/// The sitemap (sitemaps.org): the addresses of the route table that are pages for readers (the home page, every
/// published post and page, the category and tag pages and archive years), with absolute URLs.
/// </summary>
public sealed class Sitemap(SiteUrls urls)
{
    private static readonly XNamespace Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public byte[] Write(PostCatalog catalog)
    {
        var entries = catalog.Routes.Addresses.Where(address => address.Route?.InSitemap == true);
        var document = new XDocument(new XElement(Namespace + "urlset",
            entries.Select(entry => new XElement(Namespace + "url",
                new XElement(Namespace + "loc", urls.Absolute(entry.Path)),
                entry.Modified is { } modified ? new XElement(Namespace + "lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null))));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }
}
