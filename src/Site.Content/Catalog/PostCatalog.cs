using System.Collections.Frozen;
using Site.Content.Search;

namespace Site.Content.Catalog;

/// <summary>
/// Every published post and page, rendered, with the listings the site serves computed once. Immutable: a new
/// catalog replaces an old one whole. Posts dated in the future are held back: the catalog shows what is visible at
/// one moment, and <see cref="AsOf"/> gives the catalog of a later one.
/// </summary>
public sealed class PostCatalog
{
    private readonly IReadOnlyList<Post> _published;
    private readonly FrozenDictionary<string, Post> _postsBySlug;
    private readonly FrozenDictionary<string, int> _positions;
    private readonly FrozenDictionary<string, Post> _pagesBySlug;
    private readonly FrozenDictionary<string, Taxonomy> _categoriesBySlug;
    private readonly FrozenDictionary<string, Taxonomy> _tagsBySlug;
    private readonly FrozenDictionary<int, ArchiveYear> _years;
    private readonly FrozenDictionary<string, Post> _byOldUrl;
    private readonly FrozenDictionary<string, IReadOnlyList<Post>> _linkedFrom;
    private readonly Lazy<PostCatalog> _withoutDrafts;
    private readonly Lazy<RouteTable> _routes;
    private readonly Lazy<(IReadOnlyList<ResponsiveImage> List, FrozenDictionary<string, ResponsiveImage> ByVersion)> _pictures;
    private readonly StaticFiles _files;
    private static long s_versions;

    /// <param name="published">Every published post and page, future ones included.</param>
    /// <param name="builtAt">When the catalog was built: what is visible is decided as of then.</param>
    /// <param name="files">The static files the site serves beside its posts.</param>
    public PostCatalog(IEnumerable<Post> published, IEnumerable<ContentDiagnostic> diagnostics, DateTimeOffset builtAt, StaticFiles? files = null)
        : this([.. published], [.. diagnostics], builtAt, now: builtAt, files ?? StaticFiles.None, search: null)
    {
    }

    /// <param name="search">The index of <paramref name="published"/>; null to build it. A catalog made from another
    /// for a later moment, or without its drafts, shares it: the index holds no drafts and checks visibility per query.</param>
    private PostCatalog(IReadOnlyList<Post> published, IReadOnlyList<ContentDiagnostic> diagnostics, DateTimeOffset builtAt, DateTimeOffset now, StaticFiles files,
        SearchIndex? search)
    {
        _published = published;
        _files = files;
        Search = search ?? SearchIndex.Build(published);
        Diagnostics = diagnostics;
        BuiltAt = builtAt;
        Now = now;
        NextPublication = published.Where(p => !p.IsVisibleAt(now)).Select(p => p.Date).Min();

        var visible = published.Where(p => p.IsVisibleAt(now)).ToList();
        Posts = [.. visible.Where(p => p.Layout == PostLayout.Post).Order(Post.ListingOrder)];
        Pages = [.. visible.Where(p => p.Layout == PostLayout.Page).OrderBy(p => p.SourcePath, StringComparer.Ordinal)];
        _postsBySlug = Posts.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
        _positions = Posts.Select((post, index) => (post.Slug, index)).ToFrozenDictionary(p => p.Slug, p => p.index, StringComparer.Ordinal);
        _pagesBySlug = Pages.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);

        Categories = GroupBy(post => post.Categories);
        Tags = GroupBy(post => post.Tags);
        _categoriesBySlug = Categories.ToFrozenDictionary(c => c.Term.Slug, StringComparer.Ordinal);
        _tagsBySlug = Tags.ToFrozenDictionary(t => t.Term.Slug, StringComparer.Ordinal);

        Years = [.. Posts
            .SelectMany(post => post.Years?.Years.Select(year => (year, post)) ?? [])
            .GroupBy(entry => entry.year, entry => entry.post)
            .OrderByDescending(group => group.Key)
            .Select(group => new ArchiveYear(group.Key, [.. group]))];
        _years = Years.ToFrozenDictionary(y => y.Year);

        Scheduled = published.Count - visible.Count;
        _withoutDrafts = new Lazy<PostCatalog>(() =>
            published.Any(p => p.IsDraft) ? new PostCatalog([.. published.Where(p => !p.IsDraft)], diagnostics, builtAt, now, files, Search) : this);
        _pictures = new(() =>
        {
            List<ResponsiveImage> pictures = [.. Posts.Concat(Pages).SelectMany(post => post.Pictures).DistinctBy(picture => picture.File.Version)];
            return (pictures, pictures.ToFrozenDictionary(picture => picture.File.Version, StringComparer.Ordinal));
        });
        _routes = new Lazy<RouteTable>(() => RouteTable.Of([.. Posts.Concat(Pages).Select(RoutedContent.Of)], files,
            [.. Pictures.SelectMany(picture => picture.Variants.Select(variant => variant.UrlOf(picture.File)))]));
        _byOldUrl = Posts.SelectMany(post => post.OldUrls.Select(url => (url, post))).ToFrozenDictionary(p => p.url, p => p.post, StringComparer.Ordinal);
        _linkedFrom = LinksBetween(visible);
    }

    /// <summary>The local images the visible posts and pages show that have variants, each once.</summary>
    public IReadOnlyList<ResponsiveImage> Pictures => _pictures.Value.List;

    /// <summary>The image of <see cref="Pictures"/> whose file has this version; null when none has.</summary>
    public ResponsiveImage? FindPicture(string version) => _pictures.Value.ByVersion.GetValueOrDefault(version);

    public static readonly PostCatalog Empty = new([], [], DateTimeOffset.MinValue);

    /// <summary>Posts (not pages), newest first.</summary>
    public IReadOnlyList<Post> Posts { get; }

    /// <summary>Every published post and page, those still waiting for their date included, in no set order.</summary>
    public IReadOnlyList<Post> Published => _published;

    /// <summary>Pages (<c>layout: page</c>), by file path: the order of the navigation.</summary>
    public IReadOnlyList<Post> Pages { get; }

    /// <summary>Categories by name, each with its posts newest first.</summary>
    public IReadOnlyList<Taxonomy> Categories { get; }

    public IReadOnlyList<Taxonomy> Tags { get; }

    /// <summary>The years that have posts, newest first.</summary>
    public IReadOnlyList<ArchiveYear> Years { get; }

    /// <summary>What was reported while building: skipped files (errors) and served ones with problems (warnings).</summary>
    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; }

    public DateTimeOffset BuiltAt { get; }

    /// <summary>
    /// Tells this catalog from every other one built in this process, so that whatever is kept per catalog (a cached
    /// page) is never served from another one. Not the same across processes: never put it in a response.
    /// </summary>
    public long Version { get; } = Interlocked.Increment(ref s_versions);

    /// <summary>The moment this catalog shows the site as of.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>When the next post held back for its date becomes visible; null when none is waiting.</summary>
    public DateTimeOffset? NextPublication { get; }

    /// <summary>How many posts and pages wait for their date to be shown.</summary>
    public int Scheduled { get; }

    /// <summary>Full-text search of the published posts and pages, drafts never among them: built with the catalog, never per request.</summary>
    public SearchIndex Search { get; }

    /// <summary>The results <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> of a query, among the posts and pages visible in this catalog.</summary>
    public SearchResults Find(SearchQuery query, int skip, int take, SearchLimits limits) => Search.Search(query, skip, take, Now, limits);

    /// <summary>Every address the site serves for this catalog: its routes, posts, pages, listings and static files.</summary>
    public RouteTable Routes => _routes.Value;

    /// <summary>The catalog without the drafts a preview shows: what feeds and the sitemap publish.</summary>
    public PostCatalog WithoutDrafts => _withoutDrafts.Value;

    /// <summary>
    /// The catalog as it stands at <paramref name="now"/>: the same posts, with those whose date has come shown. This
    /// one when no post's time came in between: rebuilding every listing for nothing was a noticeable part of a big
    /// site's startup (docs/benchmarks.md, step 1).
    /// </summary>
    public PostCatalog AsOf(DateTimeOffset now) =>
        now >= Now && (NextPublication is not { } next || now < next) ? this : new(_published, Diagnostics, BuiltAt, now, _files, Search);

    public Post? FindPost(string slug) => _postsBySlug.GetValueOrDefault(slug);

    public Post? FindPage(string slug) => _pagesBySlug.GetValueOrDefault(slug);

    public Taxonomy? FindCategory(string slug) => _categoriesBySlug.GetValueOrDefault(slug);

    public Taxonomy? FindTag(string slug) => _tagsBySlug.GetValueOrDefault(slug);

    /// <summary>The post an old address (decoded) belongs to: a <c>redirect_from</c> entry or a Jekyll URL.</summary>
    public Post? FindByOldUrl(string decodedPath) => _byOldUrl.GetValueOrDefault(OldPath.Normalize(decodedPath));

    /// <summary>The posts whose years overlap <paramref name="period"/>, newest first.</summary>
    public IReadOnlyList<Post> InPeriod(YearRange period) =>
        period.Start == period.End
            ? _years.GetValueOrDefault(period.Start)?.Posts ?? []
            : [.. Posts.Where(post => post.Years is { } years && years.Overlaps(period))];

    /// <summary>The post published just before this one, if any.</summary>
    public Post? Older(Post post) => _positions.TryGetValue(post.Slug, out var i) && i + 1 < Posts.Count ? Posts[i + 1] : null;

    /// <summary>The post published just after this one, if any.</summary>
    public Post? Newer(Post post) => _positions.TryGetValue(post.Slug, out var i) && i > 0 ? Posts[i - 1] : null;

    /// <summary>The posts and pages whose bodies link to this one, newest first.</summary>
    public IReadOnlyList<Post> LinkedFrom(Post post) => _linkedFrom.GetValueOrDefault(post.Url) ?? [];

    /// <summary>
    /// Up to <paramref name="count"/> posts to read next: those sharing the most categories and tags first, then the
    /// nearest in years, then the newest. One pass that keeps the best few, with no allocation per post, since sorting
    /// every post for each post page made a big site's post pages slow (docs/benchmarks.md, step 4).
    /// </summary>
    public IReadOnlyList<Post> Related(Post post, int count = 3)
    {
        if (count <= 0) return [];
        var kept = new List<(Post Post, int Shared, int Distance)>(count + 1);
        foreach (var other in Posts)
        {
            if (other == post) continue;
            var candidate = (other, Shared(post.Categories, other.Categories) + Shared(post.Tags, other.Tags), YearDistance(post.Years, other.Years));
            if (kept.Count == count && !Closer(candidate, kept[^1])) continue;
            var at = kept.Count;
            while (at > 0 && Closer(candidate, kept[at - 1])) at--;
            kept.Insert(at, candidate);
            if (kept.Count > count) kept.RemoveAt(count);
        }
        return [.. kept.Select(candidate => candidate.Post)];
    }

    /// <summary>Strictly closer, so that of two equally close posts the newer, met first, stays first.</summary>
    private static bool Closer((Post, int Shared, int Distance) a, (Post, int Shared, int Distance) b) =>
        a.Shared > b.Shared || a.Shared == b.Shared && a.Distance < b.Distance;

    private static int Shared(IReadOnlyList<Term> mine, IReadOnlyList<Term> theirs)
    {
        var shared = 0;
        foreach (var term in theirs)
        foreach (var own in mine)
        {
            if (own.Slug == term.Slug)
            {
                shared++;
                break;
            }
        }
        return shared;
    }

    private static int YearDistance(YearRange? a, YearRange? b) =>
        a is not { } x || b is not { } y ? int.MaxValue : x.Overlaps(y) ? 0 : Math.Max(x.Start - y.End, y.Start - x.End);

    private List<Taxonomy> GroupBy(Func<Post, IReadOnlyList<Term>> terms) =>
        [.. Posts
            .SelectMany(post => terms(post).Select(term => (term, post)))
            .GroupBy(entry => entry.term.Slug, StringComparer.Ordinal)
            .Select(group => new Taxonomy(group.First().term, [.. group.Select(entry => entry.post)]))
            .OrderBy(taxonomy => taxonomy.Term.Name, StringComparer.OrdinalIgnoreCase)];

    /// <summary>For each post or page, the others whose bodies link to it (by its canonical URL).</summary>
    private static FrozenDictionary<string, IReadOnlyList<Post>> LinksBetween(List<Post> visible)
    {
        var urls = visible.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        return visible
            .SelectMany(source => source.Links
                .Where(link => SitePath.IsSitePath(link.Url))
                .Select(link => SitePath.Canonical(SitePath.PathOf(link.Url)))
                .Where(target => urls.Contains(target) && target != source.Url)
                .Distinct()
                .Select(target => (target, source)))
            .GroupBy(pair => pair.target, pair => pair.source)
            .ToFrozenDictionary(group => group.Key, group => (IReadOnlyList<Post>)[.. group.Order(Post.ListingOrder)], StringComparer.Ordinal);
    }
}
