using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Site.Content;

namespace Site.Pages;

public sealed class PostModel(CatalogStore store) : PageModel
{
    public Post Post { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (store.Current.FindPost(slug) is not { } post) return NotFound();
        Post = post;
        return Page();
    }
}
