using Microsoft.AspNetCore.Mvc.RazorPages;
using Site.Web;

namespace Site.Pages.Tags;

[Kept(Freshness.Page)]
public sealed class IndexModel(CatalogStore store) : PageModel
{
    public IReadOnlyList<Taxonomy> Tags => store.Current.Tags;
}
