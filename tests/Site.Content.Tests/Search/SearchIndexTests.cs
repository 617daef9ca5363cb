using Site.Content.Search;

namespace Site.Content.Tests.Search;

public class SearchIndexTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly SearchLimits Limits = new();

    private static Post Make(string slug, string title, string body, DateTimeOffset? date = null, bool draft = false,
        PostLayout layout = PostLayout.Post, string summary = "", string[]? categories = null) => new()
    {
        SourcePath = slug + ".md",
        Slug = slug,
        Title = title,
        Layout = layout,
        Date = date ?? new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Summary = summary,
        Categories = [.. (categories ?? []).Select(Term.From)],
        Body = new BodyHtml(body),
        IsDraft = draft,
    };

    private static string[] Search(string query, params Post[] posts) => Search(SearchIndex.Build(posts), query);

    private static string[] Search(SearchIndex index, string query) =>
        [.. index.Search(SearchQuery.Parse(query, Limits), 0, 10, Now, Limits).Hits.Select(hit => hit.Post.Slug)];

    private static readonly Post[] Corpus =
    [
        Make("donnees", "Données ouvertes", "<p>Un atelier sur les données ouvertes et la gouvernance.</p>"),
        Make("stewardship", "Community data stewardship", "<p>From 2022, I developed a number of projects on <strong>community data stewardship</strong>.</p>"),
        Make("workshop", "A workshop kit", "<p>We are developing a workshop on data rights, with mentoring.</p>"),
        Make("handbook", "The Turing Way handbook", "<p>A handbook for reproducible research, written in the open by its community.</p>"),
        Make("about", "About me", "<p>I run workshops and write handbooks.</p>", layout: PostLayout.Page),
    ];

    [Theory]
    [InlineData("donnees", "donnees")]
    [InlineData("DONNÉES", "donnees")]
    [InlineData("Donne\u0301es", "donnees")]
    [InlineData("gouvernance", "donnees")]
    public void Case_Unicode_form_and_accents_are_folded(string query, string expected) =>
        Assert.Equal(expected, Search(query, Corpus).First());

    [Fact]
    public void English_words_match_in_any_of_their_forms()
    {
        Assert.Contains("workshop", Search("workshops", Corpus));
        Assert.Contains("about", Search("workshop", Corpus));
        Assert.Contains("stewardship", Search("developing", Corpus));
        Assert.Contains("workshop", Search("developed", Corpus));
    }

    [Fact]
    public void The_last_word_matches_as_a_prefix_and_no_other_does()
    {
        Assert.Equal(["stewardship"], Search("stew", Corpus));
        Assert.Equal(["stewardship"], Search("community stew", Corpus).Take(1));
        Assert.Empty(Search("stew community", Corpus).Where(slug => slug == "stewardship").Skip(1));
        Assert.DoesNotContain("stewardship", Search("stew handbook", Corpus));
    }

    [Fact]
    public void One_typo_is_forgiven_in_words_of_five_letters_or_more()
    {
        Assert.Equal("stewardship", Search("stewardshp", Corpus).First());
        Assert.Equal("handbook", Search("hnadbook", Corpus).First());
        Assert.Equal("workshop", Search("mentorign", Corpus).First());
        Assert.Empty(Search("daat", Corpus));
        Assert.Empty(Search("stewrdshp", Corpus));
    }

    [Fact]
    public void A_quoted_phrase_matches_only_its_words_in_order()
    {
        Assert.Equal(["stewardship"], Search("\"data stewardship\"", Corpus));
        Assert.Empty(Search("\"stewardship data\"", Corpus));
        Assert.Equal(["workshop"], Search("“data rights”", Corpus));
        // Not across the title into the body.
        Assert.Empty(Search("\"kit we\"", Corpus));
    }

    [Fact]
    public void A_title_word_ranks_above_the_same_word_in_a_body()
    {
        var posts = new[]
        {
            Make("body", "Notes", "<p>Some words on mentoring, among other words of a longer body.</p>"),
            Make("title", "Mentoring", "<p>Some words, among other words of a longer body.</p>"),
        };
        Assert.Equal(["title", "body"], Search("mentoring", posts));
    }

    [Fact]
    public void A_post_with_every_word_ranks_above_one_with_many_of_one()
    {
        var posts = new[]
        {
            Make("one", "Archive", "<p>Stewardship stewardship stewardship stewardship of records.</p>"),
            Make("both", "Notes", "<p>Stewardship of community archives.</p>"),
        };
        Assert.Equal("both", Search("community stewardship", posts).First());
    }

    [Fact]
    public void A_post_with_every_word_ranks_above_one_with_a_rarer_word_in_its_title()
    {
        var filler = string.Join(' ', Enumerable.Repeat("notes on many other things", 40));
        var posts = new[]
        {
            Make("title", "Stewardship", "<p>Stewardship, stewardship and stewardship.</p>"),
            Make("both", "Notes", $"<p>{filler} community {filler} stewardship {filler}</p>"),
        }.Concat(Enumerable.Range(0, 20).Select(i => Make($"c{i}", $"Community {i}", "<p>Community news.</p>"))).ToArray();

        Assert.Equal("both", Search("stewardship community", posts).First());
    }

    [Fact]
    public void Drafts_and_posts_not_visible_yet_are_never_found()
    {
        var posts = new[]
        {
            Make("draft", "Secret plans", "<p>Secret.</p>", draft: true),
            Make("future", "Secret future", "<p>Secret.</p>", date: Now.AddDays(1)),
            Make("past", "Plain", "<p>Secret.</p>"),
        };
        var index = SearchIndex.Build(posts);

        Assert.Equal(["past"], Search(index, "secret"));
        Assert.Equal(2, index.Count);
        var later = index.Search(SearchQuery.Parse("secret", Limits), 0, 10, Now.AddDays(2), Limits);
        Assert.Equal(["future", "past"], later.Hits.Select(hit => hit.Post.Slug).Order());
    }

    [Fact]
    public void A_query_without_results_suggests_a_near_spelling_that_has_some()
    {
        var index = SearchIndex.Build(Corpus);
        var results = index.Search(SearchQuery.Parse("hndbok wrkshp", Limits), 0, 10, Now, Limits);
        Assert.Equal("handbook workshop", results.Suggestion);
        Assert.Empty(results.Hits);

        Assert.Null(index.Search(SearchQuery.Parse("zzzzzzzzqq", Limits), 0, 10, Now, Limits).Suggestion);
        Assert.Null(index.Search(SearchQuery.Parse("handbook", Limits), 0, 10, Now, Limits).Suggestion);
    }

    [Fact]
    public void Results_are_paged_and_counted()
    {
        var posts = Enumerable.Range(1, 25).Select(i => Make($"p{i}", $"Post {i}", "<p>Common words here.</p>", date: Now.AddDays(-i))).ToArray();
        var index = SearchIndex.Build(posts);
        var query = SearchQuery.Parse("common", Limits);

        var first = index.Search(query, 0, 10, Now, Limits);
        var third = index.Search(query, 20, 10, Now, Limits);
        Assert.Equal(25, first.Total);
        Assert.Equal(10, first.Hits.Count);
        Assert.Equal(5, third.Hits.Count);
        // Equal scores keep the listings' order: newest first.
        Assert.Equal(["p1", "p2"], first.Hits.Take(2).Select(hit => hit.Post.Slug));
        Assert.Equal("p25", third.Hits[^1].Post.Slug);
    }

    [Fact]
    public void The_snippet_marks_the_matched_words_around_the_best_match()
    {
        var body = "<p>" + string.Join(' ', Enumerable.Repeat("filler", 60)) + " the <em>Données</em> and their stewardship, then more " +
            string.Join(' ', Enumerable.Repeat("filler", 60)) + "</p>";
        var index = SearchIndex.Build([Make("long", "Long", body)]);
        var hit = Assert.Single(index.Search(SearchQuery.Parse("donnees stewardships", Limits), 0, 10, Now, Limits).Hits);

        Assert.Equal(["Données", "stewardship"], hit.Snippet.Where(part => part.IsMatch).Select(part => part.Text));
        Assert.StartsWith("… ", hit.Snippet[0].Text, StringComparison.Ordinal);
        Assert.EndsWith(" …", hit.Snippet[^1].Text, StringComparison.Ordinal);
        Assert.Contains("the Données and their stewardship, then", string.Concat(hit.Snippet.Select(part => part.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Phrases_and_snippets_are_found_in_posts_far_along_a_common_word_s_postings()
    {
        // Every post has "common", so finding posts 70 and 130 in its postings goes over its skip points.
        var posts = Enumerable.Range(0, 150).Select(i => Make($"p{i}", $"Post {i}",
            i is 70 or 130 ? "<p>Common words, then open data stewardship at last.</p>" : $"<p>Common words: data on post {i}, open to all.</p>",
            date: Now.AddDays(-i))).ToArray();
        var index = SearchIndex.Build(posts);

        var phrase = index.Search(SearchQuery.Parse("\"open data\" common", Limits), 0, 10, Now, Limits);
        Assert.Equal(["p70", "p130"], phrase.Hits.Select(hit => hit.Post.Slug));
        Assert.All(phrase.Hits, hit => Assert.Equal(["Common", "open", "data"], hit.Snippet.Where(part => part.IsMatch).Select(part => part.Text)));

        var words = index.Search(SearchQuery.Parse("stewardship common", Limits), 0, 10, Now, Limits);
        Assert.Equal(150, words.Total);
        Assert.Equal(["p70", "p130"], words.Hits.Take(2).Select(hit => hit.Post.Slug));
        Assert.Equal(["Common", "stewardship"], words.Hits[1].Snippet.Where(part => part.IsMatch).Select(part => part.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"\"")]
    [InlineData("*:* AND OR NOT (title:x~2)^3 [a TO z] /regex.*/ \\ && || !")]
    [InlineData("\uD800\uDC00 \uFFFF \u0301\u0301 \u202E")]
    public void Hostile_and_empty_queries_answer(string query) =>
        Assert.NotNull(SearchIndex.Build(Corpus).Search(SearchQuery.Parse(query, Limits), 0, 10, Now, Limits));

    [Fact]
    public void The_snippet_marks_the_body_s_words_wherever_else_the_query_matched()
    {
        var body = "<p>" + string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}")) + " the stewardship of data, then " +
            string.Join(' ', Enumerable.Range(41, 40).Select(i => $"w{i}")) + " and stewardship again</p>";
        var post = Make("titled", "Stewardship of shared data in a long title", body, summary: "A summary about stewardship.",
            categories: ["Data stewardship", "Community"]);
        var hit = Assert.Single(SearchIndex.Build([post]).Search(SearchQuery.Parse("stewardship data", Limits), 0, 10, Now, Limits).Hits);

        var text = string.Concat(hit.Snippet.Select(part => part.Text));
        Assert.Equal(["stewardship", "data"], hit.Snippet.Where(part => part.IsMatch).Select(part => part.Text));
        Assert.StartsWith("… w38 w39 w40 the stewardship of data, then w41", text, StringComparison.Ordinal);
        Assert.EndsWith(" w62 …", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_query_is_cut_to_the_limits()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 5_000).Select(i => "word" + i)), Limits);
        Assert.True(query.Words.Count <= Limits.MaxWords);
        Assert.True(query.Text.Length <= Limits.MaxQueryLength);
    }
}
