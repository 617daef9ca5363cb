namespace Site.Web;

/// <summary>
/// A site served under a path (<c>Site:BaseUrl</c> <c>https://x.example/blog</c>) answers there alone, with no second
/// copy at the host's root. ASP.NET's path base has taken <c>/blog</c> off the path of each request under it; of the
/// others, <c>/</c> answers 302 to <c>/blog/</c> (temporary, as the root may serve something else one day, and a browser
/// keeps a 301 for good), <c>/healthz</c> answers as ever (the container's <c>HEALTHCHECK</c> and orchestrators ask it
/// without knowing the path), and anything else is the site's 404 page, made under the base like every other.
/// <c>/blog</c> itself answers 301 to <c>/blog/</c>, as GitHub Pages does, and <c>/BLOG/x</c> to <c>/blog/x</c>.
/// </summary>
public sealed class OutsideBasePath(RequestDelegate next, SiteUrls urls)
{
    private readonly PathString _basePath = PathString.FromUriComponent(urls.BasePath);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!_basePath.HasValue) return next(context);
        if (request.PathBase.HasValue)
        {
            // PathString's == ignores case.
            if (string.Equals(request.PathBase.Value, _basePath.Value, StringComparison.Ordinal) && request.Path.HasValue) return next(context);
            return Redirect(context, StatusCodes.Status301MovedPermanently, request.Path.HasValue ? request.Path : "/");
        }
        if (request.Path == SiteRoutes.Health.Path) return next(context);
        if (request.Path == SiteRoutes.Home.Path) return Redirect(context, StatusCodes.Status302Found, "/");
        // Set before the status code pages make the 404 page again here: it is then the site's, under the base.
        request.PathBase = _basePath;
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private Task Redirect(HttpContext context, int status, PathString path)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = _basePath.Add(path).ToUriComponent() + context.Request.QueryString;
        return Task.CompletedTask;
    }
}
