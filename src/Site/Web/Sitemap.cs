using System.Text;
using System.Xml;
using System.Xml.Linq;
using Site.Content;

namespace Site.Web;

/// <summary>The sitemap (sitemaps.org): every published post and page, the category and tag pages and archive years, with absolute URLs.</summary>
public sealed class Sitemap(SiteUrls urls)
{
    private static readonly XNamespace Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public byte[] Write(PostCatalog catalog)
    {
        var entries = new List<(string Path, DateTimeOffset? Modified)> { ("/", catalog.Posts.FirstOrDefault()?.Date) };
        entries.AddRange(catalog.Posts.Concat(catalog.Pages).Select(post => (post.Url, post.Date)));
        entries.Add(("/categories", null));
        entries.AddRange(catalog.Categories.Select(c => (SiteRoutes.Category(c.Term), c.Posts[0].Date)));
        entries.Add(("/tags", null));
        entries.AddRange(catalog.Tags.Select(t => (SiteRoutes.Tag(t.Term), t.Posts[0].Date)));
        entries.Add(("/archive", null));
        entries.AddRange(catalog.Years.Select(y => ($"/archive/{y.Year}", (DateTimeOffset?)null)));

        var document = new XDocument(new XElement(Namespace + "urlset",
            entries.Select(entry => new XElement(Namespace + "url",
                new XElement(Namespace + "loc", urls.Absolute(entry.Path)),
                entry.Modified is { } modified ? new XElement(Namespace + "lastmod", modified.ToString("yyyy-MM-dd")) : null))));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }
}
