namespace Site.Web;

/// <summary>One page of a listing (from 1) and where the way on and back lead.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Number, int PageCount, int TotalCount)
{
    public bool HasPrevious => Number > 1;
    public bool HasNext => Number < PageCount;
}

/// <summary>Cuts a listing into pages.</summary>
public static class PagedList
{
    /// <summary>
    /// The requested page of <paramref name="all"/>, or null when there is no such page: below 1, past the end,
    /// or not a number. An empty listing has one, empty, page.
    /// </summary>
    public static PagedList<T>? Of<T>(IReadOnlyList<T> all, int? requestedPage, int pageSize)
    {
        if (requestedPage is not { } number || number < 1) return null;
        var pageCount = Math.Max(1, (all.Count + pageSize - 1) / pageSize);
        if (number > pageCount) return null;
        var items = all.Skip((number - 1) * pageSize).Take(pageSize).ToList();
        return new PagedList<T>(items, number, pageCount, all.Count);
    }
}
