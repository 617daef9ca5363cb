using Microsoft.AspNetCore.Mvc;
using Site.Web;

namespace Site.Pages;

[Kept(Freshness.Page)]
public sealed class PostModel(CatalogStore store) : SitePageModel
{
    public Post Post { get; private set; } = null!;
    public Post? Older { get; private set; }
    public Post? Newer { get; private set; }
    public IReadOnlyList<Post> Related { get; private set; } = [];
    public IReadOnlyList<Post> LinkedFrom { get; private set; } = [];

    public IActionResult OnGet(string? slug)
    {
        var catalog = store.Current;
        if (slug is null || catalog.FindPost(slug) is not { } post) return NotFound();
        Post = post;
        Head = new PageHead { Title = post.Title, Description = post.Summary, Post = post };
        Older = catalog.Older(post);
        Newer = catalog.Newer(post);
        Related = catalog.Related(post);
        LinkedFrom = catalog.LinkedFrom(post);
        return Page();
    }
}
