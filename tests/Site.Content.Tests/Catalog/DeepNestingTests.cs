namespace Site.Content.Tests.Catalog;

/// <summary>Posts nested as deep as Markdown lets them: each served or reported, never stopping the site.</summary>
public sealed class DeepNestingTests : HostilePostsFolder
{
    /// <summary>
    /// Ten thousand levels of each kind of nesting Markdown has. Markdig refuses some past its depth limit with an
    /// exception; it reads others as text, some of them in quadratic time (seconds for 10,000 nested list items), which
    /// the parse-time limit bounds. Six thousand nested links are the post of
    /// <see cref="HostilePostTests.A_post_that_takes_longer_than_the_parse_limit_is_skipped"/>: cut off, its parse still runs
    /// to its end on the pool, so a stack it overflowed would stop the test run.
    /// </summary>
    public static TheoryData<string, string> DeepNesting => new()
    {
        { "blockquotes", new string('>', 10_000) + " deep\n" },
        { "bullet-lists", string.Concat(Enumerable.Repeat("- ", 10_000)) + "deep\n" },
        { "ordered-lists", string.Concat(Enumerable.Repeat("1. ", 10_000)) + "deep\n" },
        { "quoted-lists", string.Concat(Enumerable.Repeat("> - ", 5_000)) + "deep\n" },
        { "emphasis", new string('*', 10_000) + "x" + new string('*', 10_000) + "\n" },
        { "brackets", new string('[', 10_000) + "x" + new string(']', 10_000) + "\n" },
        { "parentheses", new string('(', 10_000) + "x" + new string(')', 10_000) + "\n" },
        { "html", string.Concat(Enumerable.Repeat("<div>", 10_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "\n" },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void Ten_thousand_levels_of_nesting_are_served_or_reported_and_never_stop_the_site(string name, string body)
    {
        Folder.Post($"2024-02-02-{name}.md", $"title: {name}", body);

        var catalog = Build();

        Assert.Equal("Good", catalog.FindPost("good")?.Title);
        if (catalog.FindPost(name) is { } served)
        {
            Assert.DoesNotContain(catalog.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Contains("x", served.Html);
            return;
        }
        var error = SkippedAndTheRestServed(catalog, $"2024-02-02-{name}.md");
        Assert.True(error.Message.Contains("too deeply nested") || error.Setting == SourceSetting.MaxParseMilliseconds, error.Message);
    }

    [Theory]
    [InlineData("blockquotes", '>', " deep", ' ')]
    [InlineData("emphasis", '*', "x", '*')]
    public void Nesting_past_markdigs_depth_limit_is_reported_as_such(string name, char open, string inside, char close)
    {
        Folder.Post($"2024-02-02-{name}.md", $"title: {name}", new string(open, 10_000) + inside + new string(close, 10_000) + "\n");

        // A minute: on a loaded machine the default time limit can cut the post before Markdig reaches its depth limit.
        var error = SkippedAndTheRestServed(Build(maxParseMilliseconds: 60_000), $"2024-02-02-{name}.md");

        Assert.Contains("Markdown elements in the input are too deeply nested", error.Message);
    }
}
