namespace Site.Web;

/// <summary>
/// Headers on every response that let a browser refuse what the site never does: run script from anywhere but the
/// site, load style sheets from elsewhere, be framed, sniff a type. Authors' HTML and Markdig's aligned table cells
/// use inline <c>style</c> attributes, hence <c>style-src-attr</c>; authors' images and embedded media may come from
/// other hosts over HTTPS. The only inline script is JSON-LD, a data block that <c>script-src</c> does not govern.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; " +
        "img-src 'self' https: data:; media-src 'self' https:; frame-src https:; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        // Set, not appended: a request re-executed for the 404 or 500 page passes here twice.
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
        return next(context);
    }
}
