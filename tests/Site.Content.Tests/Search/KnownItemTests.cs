using Site.Content.Search;

namespace Site.Content.Tests.Search;

/// <summary>
/// Known-item search over the fixture corpora: a reader who remembers two unusual words of a post, or its title, finds it.
/// The words are chosen by a rule, not by hand: of the post's body words (numbers too), the two that the fewest posts of
/// the corpus hold, the longer first among equals, then the first written.
/// </summary>
public class KnownItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly SearchLimits Limits = new();

    public static TheoryData<string> Corpora => ["sample", "posts"];

    private static PostCatalog Catalog(string corpus) =>
        CatalogBuilder.Build(new CatalogSource(Path.Combine(AppContext.BaseDirectory, "Fixtures", corpus), null, TimeZoneInfo.Utc), Now);

    private static List<string> BodyWords(Post post)
    {
        var text = HtmlText.Of(post.Body.Written);
        return [.. WordSpans.Of(text).Select(range => WordFolding.Fold(text.AsSpan(range)))];
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Two_distinctive_body_words_put_each_post_in_the_first_three(string corpus)
    {
        var catalog = Catalog(corpus);
        var searchable = catalog.Posts.Concat(catalog.Pages).ToList();
        Assert.True(searchable.Count >= 5, $"{corpus} has only {searchable.Count} posts and pages");
        var words = searchable.ToDictionary(post => post, BodyWords);
        var postsHolding = words.Values.SelectMany(list => list.Distinct()).CountBy(word => word).ToDictionary();

        foreach (var post in searchable)
        {
            var distinctive = words[post].Distinct().OrderBy(word => postsHolding[word]).ThenByDescending(word => word.Length).Take(2).ToList();
            Assert.True(distinctive.Count == 2, $"{post.SourcePath} has fewer than two words to search for");
            var query = string.Join(' ', distinctive);

            var top = catalog.Find(SearchQuery.Parse(query, Limits), 0, 3, Limits).Hits.Select(hit => hit.Post).ToList();
            Assert.True(top.Contains(post), $"'{query}' does not put {post.SourcePath} in the first three: {string.Join(", ", top.Select(p => p.SourcePath))}");
        }
    }

    [Theory]
    [MemberData(nameof(Corpora))]
    public void The_exact_title_puts_each_post_first(string corpus)
    {
        var catalog = Catalog(corpus);
        foreach (var post in catalog.Posts.Concat(catalog.Pages))
        {
            var first = catalog.Find(SearchQuery.Parse(post.Title, Limits), 0, 1, Limits).Hits.Single().Post;
            Assert.True(first == post, $"'{post.Title}' finds {first.SourcePath} first, not {post.SourcePath}");
        }
    }
}
