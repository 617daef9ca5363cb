namespace Site.Content.Routing;

/// <summary>A post or page as the route table sees it: where it is served, and what lists it.</summary>
public sealed record RoutedContent(string Url, PostLayout Layout, IReadOnlyList<Term> Categories, IReadOnlyList<Term> Tags, YearRange? Years, DateTimeOffset? Date)
{
    public static RoutedContent Of(Post post) => new(post.Url, post.Layout, post.Categories, post.Tags, post.Years, post.Date);
}

/// <summary>One address the site serves; <paramref name="Route"/> is null for a static file.</summary>
/// <param name="Modified">When what it shows last changed, where a date says so (a post's date; a listing's newest post's).</param>
/// <param name="Listed">How many posts it lists, for a listing (which has a page for each <c>Site:PageSize</c> of them).</param>
public sealed record Address(string Path, SiteRoute? Route, DateTimeOffset? Modified = null, int Listed = 0)
{
    /// <summary>This address and, for a listing, the address of each of its later pages.</summary>
    public IEnumerable<Address> WithPages(int pageSize)
    {
        yield return this;
        if (Route is not { Paged: true }) yield break;
        for (var number = 2; number <= (Listed + pageSize - 1) / pageSize; number++) yield return this with { Path = ListingPage.Of(Path, number) };
    }
}

/// <summary>
/// Every address the site serves for some posts and static files: the fixed routes, each post's and page's URL,
/// each category (and its feed) and tag, each archive year, each file, each variant of an image. What the catalog checks an old URL or a body's
/// link against, and what the sitemap lists.
/// </summary>
public sealed class RouteTable
{
    private readonly HashSet<string> _canonicalPaths;
    private readonly HashSet<string> _listings;
    private readonly StaticFiles _files;

    private RouteTable(IReadOnlyList<Address> addresses, StaticFiles files)
    {
        Addresses = addresses;
        _files = files;
        _canonicalPaths = addresses.Where(a => a.Route is not null).Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
        _listings = addresses.Where(a => a.Route?.Paged == true).Select(a => a.Path).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>In the order a reader meets them: the home page, posts and pages, then the listings, then the rest.</summary>
    public IReadOnlyList<Address> Addresses { get; }

    /// <param name="imageVariants">The addresses of the images' variants (<see cref="SiteRoutes.ImageVariant"/>).</param>
    public static RouteTable Of(IReadOnlyList<RoutedContent> content, StaticFiles files, IReadOnlyList<string>? imageVariants = null)
    {
        var posts = content.Where(c => c.Layout == PostLayout.Post).ToList();
        var addresses = new List<Address> { new(SiteRoutes.Home.Path, SiteRoutes.Home, Newest(posts), posts.Count) };
        addresses.AddRange(content.Select(c => new Address(c.Url, c.Layout == PostLayout.Page ? SiteRoutes.Page : SiteRoutes.Post, c.Date)));

        addresses.Add(new(SiteRoutes.Categories.Path, SiteRoutes.Categories));
        foreach (var (term, members) in ByTerm(posts, post => post.Categories))
        {
            addresses.Add(new(SiteRoutes.Category.For(term.Slug), SiteRoutes.Category, Newest(members), members.Count));
            addresses.Add(new(SiteRoutes.CategoryFeed.For(term.Slug), SiteRoutes.CategoryFeed, Newest(members)));
        }
        addresses.Add(new(SiteRoutes.Tags.Path, SiteRoutes.Tags));
        addresses.AddRange(ByTerm(posts, post => post.Tags).Select(tag => new Address(SiteRoutes.Tag.For(tag.Term.Slug), SiteRoutes.Tag, Newest(tag.Members), tag.Members.Count)));
        addresses.Add(new(SiteRoutes.Archive.Path, SiteRoutes.Archive));
        addresses.AddRange(posts.SelectMany(post => post.Years?.Years ?? []).CountBy(year => year).OrderByDescending(year => year.Key)
            .Select(year => new Address(SiteRoutes.ArchiveOf(year.Key), SiteRoutes.ArchivePeriod, Listed: year.Value)));

        var listed = new HashSet<SiteRoute>(addresses.Select(a => a.Route!));
        addresses.AddRange(SiteRoutes.All.Where(route => !route.HasParameter && !listed.Contains(route)).Select(route => new Address(route.Path, route)));
        addresses.AddRange(files.Paths.Select(path => new Address(path, Route: null)));
        addresses.AddRange((imageVariants ?? []).Select(path => new Address(path, SiteRoutes.ImageVariant)));
        return new RouteTable(addresses, files);
    }

    /// <summary>
    /// Whether the site answers <paramref name="decodedPath"/> itself: one of its addresses (a page's in any case, Unicode
    /// form or with a trailing slash, which redirect to it), any archive period, any page of a listing, a static file,
    /// or any name of an image variant (whose names follow the images' versions).
    /// </summary>
    public bool Serves(string decodedPath) =>
        _files.Contains(decodedPath) || SitePath.Canonical(decodedPath) is var canonical && (_canonicalPaths.Contains(canonical) || SiteRoutes.IsArchivePeriod(canonical)
            || SiteRoutes.ImageVariant.TryMatch(canonical, out _)
            || ListingPage.TrySplit(canonical, out var listing, out _) && (_listings.Contains(listing) || SiteRoutes.IsArchivePeriod(listing)));

    private static DateTimeOffset? Newest(IEnumerable<RoutedContent> content) => content.Max(c => c.Date);

    private static IEnumerable<(Term Term, List<RoutedContent> Members)> ByTerm(List<RoutedContent> posts, Func<RoutedContent, IReadOnlyList<Term>> terms) =>
        posts.SelectMany(post => terms(post).Select(term => (term, post)))
            .GroupBy(pair => pair.term.Slug, StringComparer.Ordinal)
            .Select(group => (group.First().term, group.Select(pair => pair.post).ToList()))
            .OrderBy(group => group.term.Name, StringComparer.OrdinalIgnoreCase);
}
