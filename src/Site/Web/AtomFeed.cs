using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;

namespace Site.Web;

/// <summary>Atom feeds of the newest posts: the whole site's, or one category's. Links inside the content are made absolute.</summary>
public sealed class AtomFeed(IOptions<SiteOptions> options, SiteUrls urls)
{
    public const int Size = 20;

    public byte[] Write(IReadOnlyList<Post> posts, string title, string selfPath, string alternatePath)
    {
        var site = options.Value;
        var newest = posts.Take(Size).ToList();
        var feed = new SyndicationFeed(title, site.Description, new Uri(urls.Absolute(alternatePath)))
        {
            Id = urls.Absolute(alternatePath),
            LastUpdatedTime = newest.Count > 0 ? newest.Max(Updated) : DateTimeOffset.UnixEpoch,
            Items = newest.Select(Item).ToList(),
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(urls.Absolute(selfPath)), "application/atom+xml"));
        if (site.Author.Length > 0) feed.Authors.Add(new SyndicationPerson { Name = site.Author });

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return stream.ToArray();
    }

    private SyndicationItem Item(Post post)
    {
        var url = urls.Absolute(post.Url);
        var item = new SyndicationItem
        {
            Id = url,
            Title = new TextSyndicationContent(post.Title),
            Summary = new TextSyndicationContent(post.Summary),
            Content = new TextSyndicationContent(AbsoluteLinks.Rewrite(post.Html, urls.Base), TextSyndicationContentKind.Html),
            LastUpdatedTime = Updated(post),
        };
        if (post.Date is { } date) item.PublishDate = date;
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(url), "text/html"));
        foreach (var category in post.Categories) item.Categories.Add(new SyndicationCategory(category.Name));
        if (options.Value.Author.Length > 0) item.Authors.Add(new SyndicationPerson { Name = options.Value.Author });
        return item;
    }

    /// <summary>
    /// Atom needs an update time for every entry: the post's date, else the date listings sort it by. Never the time
    /// of the build, so that every replica writes the same feed, with the same ETag.
    /// </summary>
    private static DateTimeOffset Updated(Post post) => post.SortDate == DateTimeOffset.MinValue ? DateTimeOffset.UnixEpoch : post.SortDate;
}
