using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Site.Pages;

/// <summary>A page in the site's layout: it tells the layout what to put in its head through <see cref="Head"/>.</summary>
public abstract class SitePageModel : PageModel
{
    public PageHead Head { get; protected set; } = new();
}
