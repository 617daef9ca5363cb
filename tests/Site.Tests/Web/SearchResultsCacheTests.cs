using Site.Content.Search;
using Site.Web;

namespace Site.Tests.Web;

/// <summary>Searches are answered again from memory for the same query and page, and afresh for a new catalog.</summary>
public sealed class SearchResultsCacheTests : IDisposable
{
    private static readonly SearchLimits Limits = new();
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly SearchResultsCache _cache = new();
    private readonly PostCatalog _catalog = CatalogBuilder.Build(new CatalogSource(SiteFactory.FixturePostsPath, null, TimeZoneInfo.Utc), Now);

    [Fact]
    public void The_same_query_written_otherwise_is_answered_from_memory_with_its_own_text()
    {
        var first = _cache.Find(_catalog, SearchQuery.Parse("Données", Limits), 0, 5, Limits);
        var again = _cache.Find(_catalog, SearchQuery.Parse("  DONNEES ", Limits), 0, 5, Limits);

        Assert.NotEmpty(first.Hits);
        Assert.Same(first.Hits, again.Hits);
        Assert.Equal("DONNEES", again.Query.Text);
    }

    [Fact]
    public void Each_page_and_each_query_is_its_own()
    {
        var first = _cache.Find(_catalog, SearchQuery.Parse("series", Limits), 0, 5, Limits);
        var second = _cache.Find(_catalog, SearchQuery.Parse("series", Limits), 5, 5, Limits);
        var phrase = _cache.Find(_catalog, SearchQuery.Parse("\"series\"", Limits), 0, 5, Limits);

        Assert.Equal(5, first.Hits.Count);
        Assert.NotEmpty(second.Hits);
        Assert.Empty(first.Hits.Select(hit => hit.Post.Slug).Intersect(second.Hits.Select(hit => hit.Post.Slug)));
        Assert.NotSame(first.Hits, phrase.Hits);
    }

    [Fact]
    public void A_new_catalog_is_searched_afresh()
    {
        _cache.Find(_catalog, SearchQuery.Parse("donnees", Limits), 0, 5, Limits);
        var empty = _cache.Find(PostCatalog.Empty, SearchQuery.Parse("donnees", Limits), 0, 5, Limits);

        Assert.Empty(empty.Hits);
        Assert.Equal(0, empty.Total);
    }

    public void Dispose() => _cache.Dispose();
}
