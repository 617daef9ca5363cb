namespace Site.Pages;

/// <summary>The site's 404 page: every unknown URL is re-executed here, and it answers 404 when asked for directly too.</summary>
public sealed class NotFoundModel : SitePageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Head = new PageHead { Title = "Page not found" };
    }
}
