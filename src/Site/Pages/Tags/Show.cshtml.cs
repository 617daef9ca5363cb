using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Content;
using Site.Web;

namespace Site.Pages.Tags;

public sealed class ShowModel(CatalogStore store, IOptions<SiteOptions> options) : ListingPageModel(store, options)
{
    public Term Tag { get; private set; } = null!;

    public IActionResult OnGet(string? slug)
    {
        if (slug is null || Catalog.FindTag(slug) is not { } tag) return NotFound();
        Tag = tag.Term;
        return ListOrNotFound(tag.Posts);
    }
}
