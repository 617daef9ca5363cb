using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Site.Pages.Categories;

public sealed class IndexModel(CatalogStore store) : PageModel
{
    public IReadOnlyList<Taxonomy> Categories => store.Current.Categories;
}
