using Site.Web;

namespace Site.Pages.Tags;

[Kept(Freshness.Page)]
public sealed class IndexModel(CatalogStore store) : SitePageModel
{
    public TermList Terms { get; } = new(store.Current.Tags, SiteRoutes.Tag);

    public void OnGet() => Head = new PageHead { Title = "Tags" };
}
