using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Pages;

/// <summary>A page that lists posts, <c>Site:PageSize</c> at a time, page N at <c>{listing}/page/N</c>.</summary>
[Kept(Freshness.Page)]
public abstract class ListingPageModel(CatalogStore store, IOptions<SiteOptions> options) : SitePageModel
{
    protected PostCatalog Catalog => store.Current;

    public PagedList<Post> Listing { get; private set; } = null!;

    /// <summary>The address of the listing's first page, which its other pages' addresses extend.</summary>
    public string ListingPath { get; private set; } = "";

    /// <summary>What the listing says when it has no posts.</summary>
    public virtual string EmptyText => "No posts here yet.";

    /// <summary>
    /// The requested page of <paramref name="posts"/>, listed at <paramref name="listingPath"/>, or 404 when there is no
    /// such page. The page's title is <paramref name="title"/> (null: the site's), with the page's number past the first.
    /// </summary>
    protected IActionResult ListOrNotFound(IReadOnlyList<Post> posts, string listingPath, string? title, FeedLink? feed = null)
    {
        var listing = PagedList.Of(posts, PageNumber.Read(RouteData.Values[PageNumber.RouteValue] as string), options.Value.PageSize);
        if (listing is null) return NotFound();
        Listing = listing;
        ListingPath = listingPath;
        Head = new PageHead
        {
            Title = listing.Number == 1 ? title : title is null ? $"Page {listing.Number}" : $"{title} (page {listing.Number})",
            Feed = feed,
        };
        return Page();
    }
}
