using Site.Web;

namespace Site.Pages.Categories;

[Kept(Freshness.Page)]
public sealed class IndexModel(CatalogStore store) : SitePageModel
{
    public TermList Terms { get; } = new(store.Current.Categories, SiteRoutes.Category);

    public void OnGet() => Head = new PageHead { Title = "Categories" };
}
