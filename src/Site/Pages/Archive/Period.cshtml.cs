using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Pages.Archive;

/// <summary><c>/archive/2023</c> or <c>/archive/2020-2022</c>: the posts whose years overlap the period.</summary>
public sealed class PeriodModel(CatalogStore store, IOptions<SiteOptions> options) : ListingPageModel(store, options)
{
    public YearRange Period { get; private set; }

    public override string EmptyText => $"Nothing was written about {Period.Display}. The archive lists the years that have posts.";

    public IActionResult OnGet(string? period)
    {
        if (!SiteRoutes.TryParsePeriod(period, out var parsed)) return NotFound();
        Period = parsed;
        return ListOrNotFound(Catalog.InPeriod(parsed), SiteRoutes.ArchiveOf(parsed), parsed.Display);
    }
}
