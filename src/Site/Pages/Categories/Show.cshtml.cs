using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Pages.Categories;

public sealed class ShowModel(CatalogStore store, IOptions<SiteOptions> options) : TaxonomyPageModel(store, options)
{
    protected override SiteRoute Route => SiteRoutes.Category;

    protected override Taxonomy? Find(PostCatalog catalog, string slug) => catalog.FindCategory(slug);

    protected override string TitleOf(Term term) => term.Name;

    protected override FeedLink FeedOf(Term term) => new($"{term.Name} (Atom)", SiteRoutes.CategoryFeed.For(term.Slug));
}
