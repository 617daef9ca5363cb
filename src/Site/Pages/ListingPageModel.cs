using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Pages;

/// <summary>A page that lists posts, <c>Site:PageSize</c> at a time, by <c>?page=N</c>.</summary>
[Kept(Freshness.Page, PageNumber.Query)]
public abstract class ListingPageModel(CatalogStore store, IOptions<SiteOptions> options) : SitePageModel
{
    protected PostCatalog Catalog => store.Current;

    public PagedList<Post> Listing { get; private set; } = null!;

    /// <summary>What the listing says when it has no posts.</summary>
    public virtual string EmptyText => "No posts here yet.";

    /// <summary>
    /// The requested page of <paramref name="posts"/>, or 404 when there is no such page. The page's title is
    /// <paramref name="title"/> (null: the site's), with the page's number past the first.
    /// </summary>
    protected IActionResult ListOrNotFound(IReadOnlyList<Post> posts, string? title, FeedLink? feed = null)
    {
        var listing = PagedList.Of(posts, PageNumber.Read(Request.Query[PageNumber.Query]), options.Value.PageSize);
        if (listing is null) return NotFound();
        Listing = listing;
        Head = new PageHead
        {
            Title = listing.Number == 1 ? title : title is null ? $"Page {listing.Number}" : $"{title} (page {listing.Number})",
            Feed = feed,
            PageNumber = listing.Number,
        };
        return Page();
    }
}
