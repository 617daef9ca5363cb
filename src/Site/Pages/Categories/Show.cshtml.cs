using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Content;
using Site.Web;

namespace Site.Pages.Categories;

public sealed class ShowModel(CatalogStore store, IOptions<SiteOptions> options) : ListingPageModel(store, options)
{
    public Term Category { get; private set; } = null!;

    public IActionResult OnGet(string? slug)
    {
        if (slug is null || Catalog.FindCategory(slug) is not { } category) return NotFound();
        Category = category.Term;
        return ListOrNotFound(category.Posts);
    }
}
