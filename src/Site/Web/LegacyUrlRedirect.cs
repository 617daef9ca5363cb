namespace Site.Web;

/// <summary>
/// Old addresses of posts (each <c>redirect_from</c> entry, and Jekyll's URLs) answer 301 to the post, with the query
/// string kept, so that links into a site moved from Jekyll keep working.
/// </summary>
public sealed class LegacyUrlRedirect(RequestDelegate next, CatalogStore store)
{
    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        return string.IsNullOrEmpty(path) || store.Current.FindByOldUrl(path) is not { } post ? next(context) : PermanentRedirect.To(context, post.Url);
    }
}
