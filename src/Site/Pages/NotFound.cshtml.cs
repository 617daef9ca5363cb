using Microsoft.AspNetCore.Diagnostics;
using Site.Content.Reading;
using Site.Web;

namespace Site.Pages;

/// <summary>
/// The site's 404 page: every unknown URL is re-executed here, and it answers 404 when asked for directly too. In
/// Development, at the address of a post that could not be built, it shows why, with the post's lines.
/// </summary>
public sealed class NotFoundModel(BuildErrors buildErrors) : SitePageModel
{
    public ContentDiagnostic? BuildError { get; private set; }

    public SourceExcerpt? Source { get; private set; }

    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value ?? "";
        BuildError = buildErrors.At(path);
        Source = BuildError is null ? null : buildErrors.SourceOf(BuildError);
        Head = new PageHead { Title = BuildError is null ? "Page not found" : "This post could not be built" };
    }
}
