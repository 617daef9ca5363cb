using System.Collections.Frozen;

namespace Site.Content;

/// <summary>
/// Every published post and page, rendered, with the listings the site serves computed once. Immutable:
/// a new catalog replaces an old one whole.
/// </summary>
public sealed class PostCatalog
{
    private readonly FrozenDictionary<string, Post> _postsBySlug;
    private readonly FrozenDictionary<string, Post> _pagesBySlug;
    private readonly FrozenDictionary<string, Taxonomy> _categoriesBySlug;
    private readonly FrozenDictionary<string, Taxonomy> _tagsBySlug;
    private readonly FrozenDictionary<int, ArchiveYear> _years;

    public PostCatalog(IEnumerable<Post> published, IEnumerable<ContentDiagnostic> diagnostics, DateTimeOffset builtAt)
    {
        var all = published.ToList();
        Posts = [.. all.Where(p => p.Layout == PostLayout.Post).Order(Post.ListingOrder)];
        Pages = [.. all.Where(p => p.Layout == PostLayout.Page).OrderBy(p => p.SourcePath, StringComparer.Ordinal)];
        _postsBySlug = Posts.ToFrozenDictionary(p => p.Slug, StringComparer.Ordinal);
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

        Diagnostics = [.. diagnostics];
        BuiltAt = builtAt;
    }

    public static readonly PostCatalog Empty = new([], [], DateTimeOffset.MinValue);

    /// <summary>Posts (not pages), newest first.</summary>
    public IReadOnlyList<Post> Posts { get; }

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

    public Post? FindPost(string slug) => _postsBySlug.GetValueOrDefault(slug);

    public Post? FindPage(string slug) => _pagesBySlug.GetValueOrDefault(slug);

    public Taxonomy? FindCategory(string slug) => _categoriesBySlug.GetValueOrDefault(slug);

    public Taxonomy? FindTag(string slug) => _tagsBySlug.GetValueOrDefault(slug);

    /// <summary>The posts whose years overlap <paramref name="period"/>, newest first.</summary>
    public IReadOnlyList<Post> InPeriod(YearRange period) =>
        period.Start == period.End
            ? _years.GetValueOrDefault(period.Start)?.Posts ?? []
            : [.. Posts.Where(post => post.Years is { } years && years.Overlaps(period))];

    private List<Taxonomy> GroupBy(Func<Post, IReadOnlyList<Term>> terms) =>
        [.. Posts
            .SelectMany(post => terms(post).Select(term => (term, post)))
            .GroupBy(entry => entry.term.Slug, StringComparer.Ordinal)
            .Select(group => new Taxonomy(group.First().term, [.. group.Select(entry => entry.post)]))
            .OrderBy(taxonomy => taxonomy.Term.Name, StringComparer.OrdinalIgnoreCase)];
}
