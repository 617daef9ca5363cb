using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Pages;

/// <summary>A page that lists posts, <c>Site:PageSize</c> at a time, by <c>?page=N</c>.</summary>
[Kept(Freshness.Page, PageNumber.Query)]
public abstract class ListingPageModel(CatalogStore store, IOptions<SiteOptions> options) : PageModel
{
    protected PostCatalog Catalog => store.Current;

    public PagedList<Post> Listing { get; private set; } = null!;

    /// <summary>The requested page of <paramref name="posts"/>, or 404 when there is no such page.</summary>
    protected IActionResult ListOrNotFound(IReadOnlyList<Post> posts)
    {
        var listing = PagedList<Post>.Of(posts, PageNumber.Read(Request.Query[PageNumber.Query]), options.Value.PageSize);
        if (listing is null) return NotFound();
        Listing = listing;
        ViewData[PageNumber.Query] = listing.Number;
        return Page();
    }
}
