namespace Site.Web;

/// <summary>A 301 to a path of this site, the request's query kept (links in mail and feeds carry theirs).</summary>
public static class PermanentRedirect
{
    public static Task To(HttpContext context, string path)
    {
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = new PathString(path).ToUriComponent() + context.Request.QueryString;
        return Task.CompletedTask;
    }
}
