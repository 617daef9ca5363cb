namespace Site.Web;

/// <summary>A 301 to a path of this site, under the path it is served at, the request's query kept (links in mail and feeds carry theirs).</summary>
public static class PermanentRedirect
{
    public static Task To(HttpContext context, string path) => To(context, path, context.Request.QueryString);

    /// <summary>A 301 to a path with the query given (the request's, less what the path now says).</summary>
    public static Task To(HttpContext context, string path, QueryString query)
    {
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = context.Request.PathBase.Add(new PathString(path)).ToUriComponent() + query;
        return Task.CompletedTask;
    }
}
