using System.Globalization;

namespace Site.Content.Routing;

/// <summary>
/// The addresses of a listing's pages: the first at the listing's own address, each later one at that address followed
/// by <c>/page/{n}</c> (<c>/page/2</c> for the home page), as Hugo writes them, and without the trailing slash that no
/// address of this site has. A path rather than a query, so that a static copy of the site has a file for each page.
/// </summary>
public static class ListingPage
{
    private const string Segment = "/page/";

    /// <summary>The address of page <paramref name="number"/> (from 1) of the listing at <paramref name="listingPath"/>.</summary>
    public static string Of(string listingPath, int number) =>
        number == 1 ? listingPath : Of(listingPath, number.ToString(CultureInfo.InvariantCulture));

    /// <summary>The address of a page of a listing, its number written as given (a route's <c>{page}</c>, say).</summary>
    public static string Of(string listingPath, string number) => (listingPath == "/" ? "" : listingPath) + Segment + number;

    /// <summary>The listing's address and the page number as written, of the address of a later page; false for any other path.</summary>
    public static bool TrySplit(string path, out string listingPath, out string number)
    {
        listingPath = number = "";
        var at = path.LastIndexOf(Segment, StringComparison.Ordinal);
        if (at < 0 || path.Length == at + Segment.Length || path.IndexOf('/', at + Segment.Length) >= 0) return false;
        listingPath = at == 0 ? "/" : path[..at];
        number = path[(at + Segment.Length)..];
        return true;
    }
}
