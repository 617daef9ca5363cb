using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>
/// The OpenSearch 1.1 description of the site's search, linked from every page's head, so that a browser offers to
/// search the site from its address bar: the site's title, its icon, and the address of <c>/search?q=</c>.
/// </summary>
public sealed class OpenSearchDescription(SiteUrls urls, IOptions<SiteOptions> options)
{
    public const string ContentType = "application/opensearchdescription+xml; charset=utf-8";

    /// <summary>What the link in a page's head says it is.</summary>
    public const string LinkType = "application/opensearchdescription+xml";

    /// <summary>The specification's limit for a short name.</summary>
    private const int MaxShortName = 16;

    private static readonly XNamespace Namespace = "http://a9.com/-/spec/opensearch/1.1/";

    public byte[] Write()
    {
        var title = options.Value.Title;
        var document = new XDocument(new XElement(Namespace + "OpenSearchDescription",
            new XElement(Namespace + "ShortName", ShortName(title)),
            new XElement(Namespace + "Description", $"Search {title}"),
            new XElement(Namespace + "InputEncoding", "UTF-8"),
            new XElement(Namespace + "Image", new XAttribute("type", "image/svg+xml"), urls.Absolute("/favicon.svg")),
            new XElement(Namespace + "Url", new XAttribute("type", "text/html"), new XAttribute("method", "get"),
                new XAttribute("template", urls.Absolute(SiteRoutes.Search.Path) + "?q={searchTerms}")),
            new XElement(Namespace + "Url", new XAttribute("type", LinkType), new XAttribute("rel", "self"),
                new XAttribute("template", urls.Absolute(SiteRoutes.OpenSearch.Path)))));

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }

    /// <summary>The title, cut at a word to fit the short name's 16 characters: what a browser lists the search engine as.</summary>
    private static string ShortName(string title)
    {
        if (title.Length <= MaxShortName) return title;
        var space = title.LastIndexOf(' ', MaxShortName);
        return (space > 0 ? title[..space] : title[..MaxShortName]).TrimEnd();
    }
}
