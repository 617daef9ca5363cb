using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Site.Web;

/// <summary>
/// A page URL that differs from its canonical form only by case, Unicode normal form or a trailing slash
/// answers 301 to the canonical one (query kept), so every post has one address. A listing's page has one address too:
/// <c>/page/1</c> is the listing's own, <c>/page/02</c> is <c>/page/2</c>, and the <c>?page=2</c> of earlier addresses
/// is <c>/page/2</c> (the rest of the query kept); a number that names no page is a 404. Static files are left alone:
/// their names are the author's, case included.
/// </summary>
public sealed class CanonicalUrlRedirect(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (string.IsNullOrEmpty(path) || context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not { } page)
            return next(context);

        var canonical = SitePath.Canonical(path);
        var query = context.Request.QueryString;
        if (PageRoutes.ByPage.GetValueOrDefault(page.ViewEnginePath) is { Paged: true })
        {
            var asked = context.Request.Query[PageNumber.Query];
            if (asked.Count > 0)
            {
                if (PageNumber.Read(asked) is not (>= 1 and var number) || ListingPage.TrySplit(canonical, out _, out _)) return NotFound(context);
                canonical = ListingPage.Of(canonical, number);
                query = QueryString.Create(context.Request.Query.Where(pair => !pair.Key.Equals(PageNumber.Query, StringComparison.OrdinalIgnoreCase)));
            }
            else if (ListingPage.TrySplit(canonical, out var listing, out var written))
            {
                if (PageNumber.Read(written) is not (>= 1 and var number)) return NotFound(context);
                canonical = ListingPage.Of(listing, number);
            }
        }
        return canonical == path && query == context.Request.QueryString ? next(context) : PermanentRedirect.To(context, canonical, query);
    }

    /// <summary>Left to the 404 page, which the status code pages make.</summary>
    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
