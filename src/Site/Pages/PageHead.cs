namespace Site.Pages;

/// <summary>An Atom feed a page offers besides the site's own, linked from its head.</summary>
public sealed record FeedLink(string Title, string Path);

/// <summary>
/// What the layout writes in a page's head and around its content: the title, the description, the post or page it
/// shows (for link previews and JSON-LD), and a feed of its own.
/// </summary>
public sealed record PageHead
{
    /// <summary>Null for the site's title alone.</summary>
    public string? Title { get; init; }

    /// <summary>Null for the site's description.</summary>
    public string? Description { get; init; }

    public Post? Post { get; init; }

    public FeedLink? Feed { get; init; }

    /// <summary>A page search engines should not index (search results): it gets <c>noindex</c> and no canonical URL.</summary>
    public bool NoIndex { get; init; }
}
