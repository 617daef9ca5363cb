using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Site.Web;

/// <summary>
/// The <c>?page=N</c> of a listing, read one way everywhere (listings, canonical links, the output cache): absent is
/// page 1; otherwise one value of ASCII digits only, so that <c>+2</c>, <c>2,3</c> or <c>٢</c> are no page at all.
/// Only listings have pages (their <see cref="KeptAttribute"/> varies by this query): elsewhere it means nothing.
/// </summary>
public static class PageNumber
{
    public const string Query = "page";

    /// <summary>The page asked for, or null when the query names no page (which the listing answers with a 404).</summary>
    public static int? Read(StringValues query) =>
        query.Count == 0 ? 1
        : query.Count == 1 && int.TryParse(query[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : null;

    /// <summary>The address of page <paramref name="number"/> of the listing at <paramref name="path"/>: page 1 has no query.</summary>
    public static string Href(string path, int number) => number == 1 ? path : $"{path}?{Query}={number}";

    /// <summary>Written as the site writes it (<c>2</c>, not <c>02</c>), or absent.</summary>
    public static bool IsCanonical(StringValues query) =>
        query.Count == 0 || Read(query) is { } number && number.ToString(CultureInfo.InvariantCulture) == query[0];
}
