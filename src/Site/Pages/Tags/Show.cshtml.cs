using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Pages.Tags;

public sealed class ShowModel(CatalogStore store, IOptions<SiteOptions> options) : TaxonomyPageModel(store, options)
{
    protected override SiteRoute Route => SiteRoutes.Tag;

    protected override Taxonomy? Find(PostCatalog catalog, string slug) => catalog.FindTag(slug);

    protected override string TitleOf(Term term) => $"#{term.Name}";
}
