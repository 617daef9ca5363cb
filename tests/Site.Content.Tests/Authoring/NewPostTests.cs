using Site.Content.Authoring;

namespace Site.Content.Tests.Authoring;

/// <summary>A new post's file, read back by the catalog as the site reads it.</summary>
public sealed class NewPostTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 18, 30, 5, TimeSpan.FromHours(-5));
    private readonly TempPostsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The post as the site reads it, typography off: the title as the author wrote it.</summary>
    private Post ReadBack(NewPost post, bool drafts = false)
    {
        _folder.Write(post.RelativePath, post.Text);
        var source = new CatalogSource(_folder.PostsPath, null, TimeZoneInfo.Utc) { IncludeDrafts = drafts, Typography = false };
        var catalog = CatalogBuilder.Build(source, Now.AddDays(1));
        Assert.Empty(catalog.Diagnostics);
        return Assert.Single(catalog.Posts);
    }

    [Fact]
    public void A_post_is_dated_now_and_reads_back_with_its_title_categories_and_tags()
    {
        var post = NewPost.Create("Field notes: week 1", ["Research Notes"], ["open data", "yes"], draft: false, Now,
            hasPostsSubfolder: false, FrontMatterDefaults.None);

        Assert.Equal("2026-12-01-field-notes-week-1.md", post.RelativePath);
        var read = ReadBack(post);
        Assert.Equal("Field notes: week 1", read.Title);
        Assert.Equal(Now, read.Date);
        Assert.Equal(["Research Notes"], read.Categories.Select(c => c.Name));
        Assert.Equal(["open data", "yes"], read.Tags.Select(t => t.Name));
    }

    [Theory]
    [InlineData("\"Quoted\" and \\back\\slashed")]
    [InlineData("- starts like a list item # with a hash")]
    [InlineData("true")]
    [InlineData("Données ouvertes {2026} [draft] & more: 50%")]
    public void Any_title_reads_back_as_written(string title)
    {
        var post = NewPost.Create(title, [], [], draft: false, Now, hasPostsSubfolder: false, FrontMatterDefaults.None);

        Assert.Equal(title, ReadBack(post).Title);
    }

    [Fact]
    public void A_jekyll_site_gets_it_in_posts_and_a_draft_goes_undated_to_drafts()
    {
        Assert.Equal("_posts/2026-12-01-a-title.md",
            NewPost.Create("A title", [], [], draft: false, Now, hasPostsSubfolder: true, FrontMatterDefaults.None).RelativePath);

        var draft = NewPost.Create("A title", [], [], draft: true, Now, hasPostsSubfolder: true, FrontMatterDefaults.None);

        Assert.Equal("_drafts/a-title.md", draft.RelativePath);
        Assert.DoesNotContain("date:", draft.Text);
        Assert.True(ReadBack(draft, drafts: true).IsDraft);
    }

    [Fact]
    public void The_config_defaults_for_such_a_file_are_written_out_and_its_own_values_win()
    {
        var defaults = JekyllConfig.Parse(JekyllConfig.FileName, """
            defaults:
              - scope: {path: "", type: posts}
                values:
                  layout: post
                  categories: [news]
                  comments: true
              - scope: {path: "", type: drafts}
                values:
                  sitemap: false
            """).Defaults;

        var post = NewPost.Create("Hello", ["lab"], [], draft: false, Now, hasPostsSubfolder: true, defaults);

        Assert.Contains("\nlayout: post\n", post.Text);
        Assert.Contains("\ncomments: true\n", post.Text);
        Assert.DoesNotContain("sitemap", post.Text);
        Assert.Equal(["lab"], ReadBack(post).Categories.Select(c => c.Name));
    }

    [Fact]
    public void A_title_with_no_letter_or_digit_names_no_file()
    {
        var problem = Assert.Throws<ArgumentException>(() => NewPost.Create("?!", [], [], draft: false, Now, hasPostsSubfolder: false, FrontMatterDefaults.None));
        Assert.Contains("no letter or digit", problem.Message);
    }
}
