using Microsoft.AspNetCore.Mvc.RazorPages;
using Site.Web;

namespace Site.Pages.Categories;

[Kept(Freshness.Page)]
public sealed class IndexModel(CatalogStore store) : PageModel
{
    public IReadOnlyList<Taxonomy> Categories => store.Current.Categories;
}
