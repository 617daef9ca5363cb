using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Site.Web;

/// <summary>
/// The number of a listing's page, read one way everywhere: from its address (<c>/page/2</c>, the route's
/// <see cref="SiteRoute.PageParameter"/>), or from the <c>?page=N</c> that earlier addresses carried, which now
/// redirects. Absent is page 1; otherwise one value of ASCII digits only, so that <c>+2</c>, <c>2,3</c> or <c>٢</c> are
/// no page at all.
/// </summary>
public static class PageNumber
{
    /// <summary>The route value of <see cref="SiteRoute.PageParameter"/>.</summary>
    public const string RouteValue = "number";

    /// <summary>The query key of earlier paged addresses.</summary>
    public const string Query = "page";

    /// <summary>The page asked for, or null when the value names no page (which the listing answers with a 404).</summary>
    public static int? Read(StringValues value) =>
        value.Count == 0 ? 1
        : value.Count == 1 && int.TryParse(value[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : null;
}
