using Microsoft.AspNetCore.Mvc;
using Site.Web;

namespace Site.Pages;

/// <summary>A <c>layout: page</c> post at <c>/{slug}</c>, such as an About page.</summary>
[Kept(Freshness.Page)]
public sealed class StandalonePageModel(CatalogStore store) : SitePageModel
{
    public Post Standalone { get; private set; } = null!;

    public IActionResult OnGet(string? slug)
    {
        if (slug is null || store.Current.FindPage(slug) is not { } page) return NotFound();
        Standalone = page;
        Head = new PageHead { Title = page.Title, Description = page.Summary, Post = page };
        return Page();
    }
}
