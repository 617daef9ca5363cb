using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Site.Web;

namespace Site.Pages;

/// <summary>The posts of one category or tag, paged; an unknown one is a 404.</summary>
public abstract class TaxonomyPageModel(CatalogStore store, IOptions<SiteOptions> options) : ListingPageModel(store, options)
{
    public Term Term { get; private set; } = null!;

    /// <summary>Where a term's posts are listed.</summary>
    protected abstract SiteRoute Route { get; }

    protected abstract Taxonomy? Find(PostCatalog catalog, string slug);

    /// <summary>The page's title for its term (<c>#open-data</c> for a tag).</summary>
    protected abstract string TitleOf(Term term);

    /// <summary>A feed of the term's own, if it has one.</summary>
    protected virtual FeedLink? FeedOf(Term term) => null;

    /// <param name="slug">Null when the URL's segment is blank (<c>/tags/%20</c>).</param>
    public IActionResult OnGet(string? slug)
    {
        if (slug is null || Find(Catalog, slug) is not { } taxonomy) return NotFound();
        Term = taxonomy.Term;
        return ListOrNotFound(taxonomy.Posts, Route.For(Term.Slug), TitleOf(Term), FeedOf(Term));
    }
}
