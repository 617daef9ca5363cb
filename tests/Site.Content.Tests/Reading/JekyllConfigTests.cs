namespace Site.Content.Tests.Reading;

public sealed class JekyllConfigTests
{
    private static JekyllConfig Parse(string yaml) => JekyllConfig.Parse(JekyllConfig.FileName, yaml);

    [Fact]
    public void A_key_written_twice_at_any_depth_keeps_the_last_with_a_warning()
    {
        var config = Parse("title: First\nauthor:\n  name: Ada\n  name: Grace\ntitle: Second\n");

        Assert.Equal(("Second", "Grace"), (config.Title, config.Author));
        Assert.Equal(
        [
            "_config.yml:4:3: warning: key 'name' is written twice: the last one counts",
            "_config.yml:5:1: warning: key 'title' is written twice: the last one counts",
        ], config.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("blog/:year/:title/")]
    [InlineData("news-:title")]
    public void A_permalink_pattern_without_its_leading_slash_is_read_as_jekyll_reads_it(string permalink)
    {
        var config = Parse($"permalink: {permalink}\n");

        Assert.Equal(permalink, config.Permalink);
        Assert.Empty(config.Diagnostics);
    }

    [Fact]
    public void The_settings_Jekyll_shares_with_the_site_are_read()
    {
        var config = Parse("""
            title: Lab notes
            description: What the lab did
            author:
              name: Ada Lovelace
              email: ada@example.org
            url: "https://ada.example.org/"
            baseurl: /blog/
            timezone: Europe/London
            permalink: /news/:year/:month/:day/:title/
            excerpt_separator: <!-- more -->
            paginate: 7
            """);

        Assert.Equal(("Lab notes", "What the lab did", "Ada Lovelace"), (config.Title, config.Description, config.Author));
        Assert.Equal("https://ada.example.org/blog", config.BaseUrl);
        Assert.Equal(("Europe/London", "/news/:year/:month/:day/:title/", "<!-- more -->", 7), (config.TimeZone, config.Permalink, config.ExcerptSeparator, config.PageSize));
        Assert.Empty(config.Diagnostics);
    }

    [Fact]
    public void The_posts_collections_permalink_comes_before_the_sites_as_jekyll_reads_them()
    {
        // minima's sites set their post addresses under collections only.
        var config = Parse("""
            permalink: pretty
            collections:
              posts:
                output: true
                permalink: /:year/:month/:day/:title/
            """);

        Assert.Equal("/:year/:month/:day/:title/", config.Permalink);
        Assert.Empty(config.Diagnostics);
    }

    [Fact]
    public void A_posts_collection_permalink_that_cannot_be_used_is_a_warning_and_the_sites_is_read()
    {
        var config = Parse("permalink: pretty\ncollections:\n  posts:\n    permalink: dated\n  recipes:\n    output: true\n");

        Assert.Equal("pretty", config.Permalink);
        Assert.Equal(
        [
            "_config.yml:1: note: settings of Jekyll's build, its themes and plugins are not used here: collections",
            "_config.yml:4:16: warning: collections: posts: permalink 'dated' is neither one of Jekyll's styles (date, pretty, ordinal, weekdate, none) nor a pattern such as '/:categories/:title/': ignored",
        ], config.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_plain_author_and_a_url_without_baseurl_are_read_as_they_are()
    {
        var config = Parse("author: Ada\nurl: http://ada.example.org\nbaseurl: \"\"");
        Assert.Equal(("Ada", "http://ada.example.org"), (config.Author, config.BaseUrl));
    }

    [Fact]
    public void A_setting_that_cannot_be_used_is_a_warning_at_its_line_and_left_out()
    {
        var config = Parse("""
            title: Fine
            timezone: Mars/Olympus
            permalink: dated
            url: ada.example.org
            paginate: many
            author: [a, b]
            """);

        Assert.Equal("Fine", config.Title);
        Assert.Null(config.TimeZone ?? config.Permalink ?? config.BaseUrl ?? config.Author);
        Assert.Null(config.PageSize);
        Assert.Equal(
        [
            "_config.yml:2:11: warning: timezone 'Mars/Olympus' is not a known time zone (an IANA name such as 'Europe/London'): ignored",
            "_config.yml:3:12: warning: permalink 'dated' is neither one of Jekyll's styles (date, pretty, ordinal, weekdate, none) nor a pattern such as '/:categories/:title/': ignored",
            "_config.yml:4:6: warning: url 'ada.example.org' is not an http(s) address such as 'https://example.org': ignored",
            "_config.yml:5:11: warning: paginate 'many' is not a number of posts from 1 to 1000: ignored",
            "_config.yml:6:9: warning: author has no name (give 'author: Your Name' or 'author: {name: Your Name}'): ignored",
        ], config.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("kramdown:\n  smart_quotes: [\"apos\", \"apos\", \"quot\", \"quot\"]\n")]
    [InlineData("kramdown:\n  input: GFM\n  smart_quotes: apos,apos,quot,quot\n")]
    [InlineData("kramdown:\n  smart_quotes:\n    - 39\n    - 39\n    - 34\n    - 34\n")]
    public void Kramdowns_smart_quotes_are_read_as_a_list_or_comma_separated(string yaml)
    {
        var config = Parse(yaml);

        Assert.Equal(new SmartQuotes("'", "'", "\"", "\""), config.Quotes);
        Assert.Empty(config.Diagnostics);
    }

    [Fact]
    public void Smart_quotes_that_name_no_character_are_a_warning_at_their_line_and_kramdowns_are_used()
    {
        var config = Parse("title: T\nkramdown:\n  smart_quotes: lsquo,rsquo,curly,rdquo\n");

        Assert.Equal(SmartQuotes.Kramdown, config.Quotes);
        Assert.Equal(
            "_config.yml:3:17: warning: kramdown: smart_quotes 'curly' is no HTML entity name (such as lsquo, apos, quot) or decimal code point (such as 39): kramdown's curly quotes (lsquo,rsquo,ldquo,rdquo) are used",
            Assert.Single(config.Diagnostics).ToString());
        Assert.Equal(SmartQuotes.Kramdown, Parse("title: T\n").Quotes);
    }

    [Fact]
    public void Settings_of_Jekyll_build_are_one_note_and_every_other_key_is_a_value_for_liquid()
    {
        var config = Parse("""
            title: T
            theme: minima
            plugins: [jekyll-feed, jekyll-seo-tag]
            exclude: [Gemfile]
            github_username: ada
            social:
              mastodon: "@ada@example.social"
            defaults: []
            """);

        var note = Assert.Single(config.Diagnostics);
        Assert.Equal("_config.yml:1: note: settings of Jekyll's build, its themes and plugins are not used here: theme, plugins", note.ToString());
        Assert.Equal(["exclude", "github_username", "social", "title"], config.Values.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("", "notes.md", true)]
    [InlineData("", "notes.MKD", true)]
    [InlineData("", "notes.mkdn", true)]
    [InlineData("", "notes.mkdown", true)]
    [InlineData("", "notes.txt", false)]
    [InlineData("markdown_ext: \"txt, .text\"\n", "notes.txt", true)]
    [InlineData("markdown_ext: \"txt, .text\"\n", "notes.TEXT", true)]
    [InlineData("markdown_ext: \"txt, .text\"\n", "notes.md", false)]
    [InlineData("markdown_ext:\n", "notes.markdown", true)]
    public void Markdown_files_are_those_markdown_ext_names_comma_separated_and_jekylls_list_by_default(string yaml, string path, bool markdown)
    {
        var config = Parse("title: T\n" + yaml);

        Assert.Equal(markdown, config.PostFiles.IsMarkdown(path));
        Assert.Empty(config.Diagnostics);
    }

    [Theory]
    [InlineData("title: [unclosed", "_config.yml:2:1: error: invalid YAML, so none of it is used")]
    [InlineData("- a\n- b", "_config.yml:1:1: error: must be a mapping of settings")]
    public void A_file_that_is_not_a_mapping_is_an_error_and_none_of_it_is_used(string yaml, string expected)
    {
        var config = Parse(yaml);

        Assert.StartsWith(expected, Assert.Single(config.Diagnostics).ToString(), StringComparison.Ordinal);
        Assert.Null(config.Title);
    }

    [Fact]
    public void No_file_is_no_settings_and_no_problem()
    {
        using var folder = new TempPostsFolder();
        var config = JekyllConfig.Read(folder.PostsPath);
        Assert.Same(JekyllConfig.None, config);
    }

    [Fact]
    public void The_file_is_read_from_the_posts_folder_as_config_yml_or_config_yaml()
    {
        using var folder = new TempPostsFolder();
        folder.Write("_config.yaml", "title: From yaml");
        Assert.Equal("From yaml", JekyllConfig.Read(folder.PostsPath).Title);
        folder.Write("_config.yml", "title: From yml");
        Assert.Equal("From yml", JekyllConfig.Read(folder.PostsPath).Title);
    }
}
