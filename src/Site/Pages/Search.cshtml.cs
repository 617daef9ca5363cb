using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Pages;

/// <summary>
/// <c>/search?q=...&amp;page=N</c>: the published posts and pages that match, best first, <c>Site:PageSize</c> a page;
/// without a query, the form alone. A <c>q</c> given more than once is read as one query of all its values. Each page is
/// kept by its <c>q</c> and <c>page</c>, apart from the site's pages, so that a query asked again is answered from memory
/// and a flood of new ones pushes out only other results.
/// </summary>
[Kept(Freshness.Page, Query, PageNumber.Query, Apart = true)]
public sealed class SearchModel(CatalogStore store, IOptions<SiteOptions> options) : SitePageModel
{
    public const string Query = "q";

    public SearchResults Results { get; private set; } = null!;

    public PagedList<SearchHit> Listing { get; private set; } = null!;

    /// <summary>The address of a page of results for <paramref name="query"/>: page 1 has no number.</summary>
    public static string Href(string query, int number = 1)
    {
        var href = QueryHelpers.AddQueryString(SiteRoutes.Search.Path, Query, query);
        return number == 1 ? href : QueryHelpers.AddQueryString(href, PageNumber.Query, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public IActionResult OnGet()
    {
        var site = options.Value;
        if (PageNumber.Read(Request.Query[PageNumber.Query]) is not { } number || number < 1) return NotFound();
        var query = SearchQuery.Parse(string.Join(' ', Request.Query[Query].OfType<string>()), site.Search);
        if (query.IsEmpty && number > 1) return NotFound();

        Results = store.Current.Find(query, (number - 1) * site.PageSize, site.PageSize, site.Search);
        var pageCount = Math.Max(1, (Results.Total + site.PageSize - 1) / site.PageSize);
        if (number > pageCount) return NotFound();
        Listing = new PagedList<SearchHit>(Results.Hits, number, pageCount, Results.Total);
        Head = new PageHead
        {
            Title = query.IsEmpty ? "Search" : number == 1 ? $"Search: {query.Text}" : $"Search: {query.Text} (page {number})",
            NoIndex = true,
        };
        return Page();
    }
}
