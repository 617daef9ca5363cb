using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Site.Pages.Tags;

public sealed class IndexModel(CatalogStore store) : PageModel
{
    public IReadOnlyList<Taxonomy> Tags => store.Current.Tags;
}
