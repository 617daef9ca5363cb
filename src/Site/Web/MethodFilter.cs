namespace Site.Web;

/// <summary>The site only reads: any method but GET and HEAD gets 405 with <c>Allow: GET, HEAD</c>, on every URL.</summary>
public sealed class MethodFilter(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) return next(context);
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        return Task.CompletedTask;
    }
}
