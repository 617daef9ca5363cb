using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Pages;

public sealed class IndexModel(CatalogStore store, IOptions<SiteOptions> options) : ListingPageModel(store, options)
{
    public override string EmptyText => "Nothing is published here yet. Posts will appear as soon as the first one is written.";

    public IActionResult OnGet() => ListOrNotFound(Catalog.Posts, SiteRoutes.Home.Path, title: null);
}
