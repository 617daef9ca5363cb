namespace Site.Pages;

/// <summary>
/// The way on and back under a paged list: the page shown, how many there are, the address of each, and what the two
/// links say (a listing goes to newer and older posts, search results to the previous and next page).
/// </summary>
public sealed record Pager(int Number, int PageCount, Func<int, string> Href, string Previous, string Next);
