using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Site.Web;

/// <summary>
/// A page URL that differs from its canonical form only by case, Unicode normal form or a trailing slash
/// answers 301 to the canonical one (query kept), so every post has one address. Static files are left alone:
/// their names are the author's, case included.
/// </summary>
public sealed class CanonicalUrlRedirect(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (string.IsNullOrEmpty(path) || path == "/" || context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is null)
            return next(context);

        var canonical = SitePath.Canonical(path);
        return canonical == path ? next(context) : PermanentRedirect.To(context, canonical);
    }
}
