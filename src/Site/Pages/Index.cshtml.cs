using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Pages;

public sealed class IndexModel(CatalogStore store, IOptions<SiteOptions> options) : ListingPageModel(store, options)
{
    public IActionResult OnGet() => ListOrNotFound(Catalog.Posts);
}
