using Microsoft.AspNetCore.Mvc.RazorPages;
using Site.Content;

namespace Site.Pages.Categories;

public sealed class IndexModel(CatalogStore store) : PageModel
{
    public IReadOnlyList<Taxonomy> Categories => store.Current.Categories;
}
