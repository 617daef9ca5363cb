using System.Globalization;
using System.Diagnostics;
using System.Text;

namespace Site.Content.Tests.Reading;

public class FrontMatterParserTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly List<ContentDiagnostic> _diagnostics = [];

    private FrontMatter? Parse(string yaml, int currentYear = 2025) =>
        new FrontMatterParser(London, currentYear).Parse("dir/post.md", yaml, _diagnostics);

    private FrontMatter ParseOk(string yaml, int currentYear = 2025)
    {
        var frontMatter = Parse(yaml, currentYear);
        Assert.DoesNotContain(_diagnostics, d => d.Severity == Severity.Error);
        Assert.NotNull(frontMatter);
        return frontMatter;
    }

    private ContentDiagnostic SingleError()
    {
        var error = Assert.Single(_diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("dir/post.md", error.Path);
        return error;
    }

    [Theory]
    [InlineData("excerpt_separator: \"\\n\\n\"", "\n\n")]
    [InlineData("excerpt_separator: \" <!-- cut --> \"", "<!-- cut -->")]
    public void An_excerpt_separator_is_trimmed_but_a_paragraph_break_as_jekyll_writes_its_default_is_kept(string yaml, string expected)
    {
        Assert.Equal(expected, ParseOk("title: T\n" + yaml).ExcerptSeparator);
    }

    [Fact]
    public void Reads_every_known_field()
    {
        var frontMatter = ParseOk("""
            title: "  Hello & <World>  "
            layout: page
            range: 2022 - 2024
            date: 2023-07-05 10:30:00 +0200
            category: blog
            tags: [a, b]
            image: ../assets/img/x.png
            description: Short text
            slug: my-slug
            redirect_from: [/old, /older]
            """);

        Assert.Equal("Hello & <World>", frontMatter.Title);
        Assert.Equal(PostLayout.Page, frontMatter.Layout);
        Assert.Equal(new YearRange(2022, 2024), frontMatter.Range);
        Assert.Equal(new DateTimeOffset(2023, 7, 5, 10, 30, 0, TimeSpan.FromHours(2)), frontMatter.Date);
        Assert.Equal(["blog"], frontMatter.Categories);
        Assert.Equal(["a", "b"], frontMatter.Tags);
        Assert.Equal("../assets/img/x.png", frontMatter.Image);
        Assert.Equal("Short text", frontMatter.Description);
        Assert.Equal("my-slug", frontMatter.Slug);
        Assert.Equal(["/old", "/older"], frontMatter.RedirectFrom);
        Assert.True(frontMatter.Published);
        Assert.Empty(_diagnostics);
    }

    [Fact]
    public void Defaults_when_fields_are_absent()
    {
        var frontMatter = ParseOk("title: Only a title");

        Assert.Equal(PostLayout.Post, frontMatter.Layout);
        Assert.Null(frontMatter.Range);
        Assert.Null(frontMatter.Date);
        Assert.Empty(frontMatter.Categories);
        Assert.Empty(frontMatter.Tags);
        Assert.True(frontMatter.Published);
        Assert.Null(frontMatter.Description);
        Assert.Null(frontMatter.Slug);
        Assert.Null(frontMatter.Image);
        Assert.Empty(_diagnostics);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("yes", true)]
    [InlineData("Yes", true)]
    [InlineData("on", true)]
    [InlineData("ON", true)]
    [InlineData("\"true\"", true)]
    [InlineData("'yes'", true)]
    [InlineData("\"On\"", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    [InlineData("no", false)]
    [InlineData("No", false)]
    [InlineData("off", false)]
    [InlineData("OFF", false)]
    [InlineData("\"false\"", false)]
    [InlineData("'no'", false)]
    [InlineData("\"Off\"", false)]
    public void Published_accepts_every_spelling(string written, bool expected)
    {
        var frontMatter = ParseOk($"title: T\npublished: {written}");
        Assert.Equal(expected, frontMatter.Published);
    }

    [Fact]
    public void Missing_or_empty_published_means_published()
    {
        Assert.True(ParseOk("title: T").Published);
        Assert.True(ParseOk("title: T\npublished:").Published);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("1")]
    [InlineData("[true]")]
    [InlineData("\"\"")]
    public void An_invalid_published_value_is_an_error(string written)
    {
        Assert.Null(Parse($"title: T\npublished: {written}"));
        var error = SingleError();
        Assert.Contains("published", error.Message);
        Assert.Equal(3, error.Line);
        Assert.Equal(12, error.Column);
    }

    [Fact]
    public void Category_and_categories_list_are_both_kept_categories_first_as_jekyll_orders_them()
    {
        var frontMatter = ParseOk("title: T\ncategory: Research Notes\ncategories: [talks, research]");
        Assert.Equal(["talks", "research", "Research Notes"], frontMatter.Categories);
    }

    [Fact]
    public void Categories_as_a_string_are_split_on_spaces_but_category_is_whole()
    {
        var frontMatter = ParseOk("title: T\ncategory: open data\ncategories: talks  research");
        Assert.Equal(["talks", "research", "open data"], frontMatter.Categories);
    }

    [Fact]
    public void Tags_as_a_list_or_a_space_separated_string()
    {
        Assert.Equal(["open data", "ai"], ParseOk("title: T\ntags: [open data, ai]").Tags);
        Assert.Equal(["open", "data", "ai"], ParseOk("title: T\ntags: open data ai").Tags);
        Assert.Equal(["x", "y"], ParseOk("title: T\ntags:\n  - x\n  - y").Tags);
    }

    [Fact]
    public void Description_wins_over_excerpt_which_is_used_alone()
    {
        Assert.Equal("D", ParseOk("title: T\ndescription: D\nexcerpt: E").Description);
        Assert.Equal("E", ParseOk("title: T\nexcerpt: E").Description);
        Assert.Equal("E", ParseOk("title: T\ndescription: ''\nexcerpt: E").Description);
    }

    [Fact]
    public void Unknown_fields_are_kept_without_warning()
    {
        var frontMatter = ParseOk("title: T\nauthor: Ada\nsubtitle: A subtitle\ncomments: true");
        Assert.Equal("Ada", frontMatter.Fields["author"]);
        Assert.Equal("A subtitle", frontMatter.Fields["subtitle"]);
        Assert.Equal(true, frontMatter.Fields["comments"]);
        Assert.Empty(_diagnostics);
    }

    [Fact]
    public void Every_field_is_kept_as_written_known_ones_too()
    {
        var frontMatter = ParseOk("title: '  Spaced  '\ncategory: Research Notes\nrange: 2022 - 2024\nredirect_from: [/a/, /b/]");

        Assert.Equal("  Spaced  ", frontMatter.Fields["title"]);
        Assert.Equal("Research Notes", frontMatter.Fields["category"]);
        Assert.Equal("2022 - 2024", frontMatter.Fields["range"]);
        Assert.Equal(new List<object?> { "/a/", "/b/" }, frontMatter.Fields["redirect_from"]);
    }

    [Fact]
    public void Lists_and_maps_are_kept_whole_as_plain_values()
    {
        var frontMatter = ParseOk("""
            title: T
            authors:
              - name: Ada
                links: [https://ada.example, https://code.example/ada]
              - name: Grace
            header:
              image: /assets/header.png
              overlay: 0.5
            """);

        var authors = Assert.IsType<List<object?>>(frontMatter.Fields["authors"]);
        var ada = Assert.IsType<Dictionary<string, object?>>(authors[0]);
        Assert.Equal("Ada", ada["name"]);
        Assert.Equal(new List<object?> { "https://ada.example", "https://code.example/ada" }, ada["links"]);
        Assert.Equal("Grace", Assert.IsType<Dictionary<string, object?>>(authors[1])["name"]);
        var header = Assert.IsType<Dictionary<string, object?>>(frontMatter.Fields["header"]);
        Assert.Equal("/assets/header.png", header["image"]);
        Assert.Equal(0.5m, header["overlay"]);
    }

    [Theory]
    [InlineData("x: false", false)]
    [InlineData("x: no", false)]
    [InlineData("x: On", true)]
    [InlineData("x: 42", 42L)]
    [InlineData("x: -7", -7L)]
    [InlineData("x: ~", null)]
    [InlineData("x:", null)]
    [InlineData("x: 'false'", "false")]
    [InlineData("x: \"42\"", "42")]
    [InlineData("x: 2023-01-05", "2023-01-05")]
    [InlineData("x: 1.2.3", "1.2.3")]
    public void Unquoted_scalars_are_read_as_yaml_reads_them_and_quoted_ones_stay_text(string field, object? expected)
    {
        // Liquid must see `comments: false` as false, not as the text "false", which is true.
        Assert.Equal(expected, ParseOk("title: T\n" + field).Fields["x"]);
    }

    [Fact]
    public void A_decimal_keeps_its_digits_as_written()
    {
        Assert.Equal("2.0", Assert.IsType<decimal>(ParseOk("title: T\nversion: 2.0").Fields["version"]).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(1.5e3m, ParseOk("title: T\nx: 1.5e3").Fields["x"]);
    }

    [Fact]
    public void An_alias_that_contains_itself_is_cut_not_followed_forever()
    {
        var frontMatter = Parse("title: T\nloop: &a [1, *a]");

        if (frontMatter is not null) Assert.IsType<List<object?>>(frontMatter.Fields["loop"]);
    }

    [Theory]
    [InlineData("catgory", "category")]
    [InlineData("publised", "published")]
    [InlineData("Title", "title")]
    [InlineData("tag", "tags")]
    [InlineData("descripton", "description")]
    [InlineData("redirect-from", "redirect_from")]
    public void A_likely_typo_is_a_warning_naming_the_field(string typo, string known)
    {
        var frontMatter = ParseOk($"title: T\n{typo}: x");
        var warning = Assert.Single(_diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains($"'{typo}'", warning.Message);
        Assert.Contains($"did you mean '{known}'", warning.Message);
        Assert.Equal(3, warning.Line);
        Assert.Equal(1, warning.Column);
        Assert.Equal("x", frontMatter.Fields[typo]);
    }

    [Fact]
    public void A_typo_does_not_fill_the_field_it_resembles()
    {
        var frontMatter = ParseOk("title: T\ncatgory: blog");
        Assert.Empty(frontMatter.Categories);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_the_file_line_and_column()
    {
        // YAML line 3 is file line 4: the front matter starts on file line 2.
        Assert.Null(Parse("title: T\ncategory: blog\ntags: [a, b\nimage: x"));
        var error = SingleError();
        Assert.Contains("invalid YAML", error.Message);
        Assert.True(error.Line >= 4, $"line {error.Line}");
        Assert.NotNull(error.Column);
    }

    [Fact]
    public void Invalid_yaml_on_a_known_line_reports_that_line()
    {
        Assert.Null(Parse("title: T\nlayout: post\nbad: \"unclosed"));
        var error = SingleError();
        Assert.StartsWith("dir/post.md:", error.ToString());
        Assert.Equal(4, error.Line);
        Assert.Equal(6, error.Column);
    }

    /// <summary>Each kind of YAML error at the character that causes it, in the file's lines (the front matter starts on line 2).</summary>
    [Theory]
    [InlineData("title: T\nfoo:\n\tbar: 1", 4, 1, "a tab in the indentation")]
    [InlineData("title: T\ntags:\n  - a\n\t- b", 5, 1, "a tab in the indentation")]
    [InlineData("title: T\n\tdate: 2024-01-01", 3, 1, "a tab in the indentation")]
    [InlineData("title: T\ndescription: *intro", 3, 14, "'*intro' repeats an anchor '&intro' that is not written before it")]
    [InlineData("title: \"unclosed\ndate: 2024-01-01", 2, 8, "is its closing quote missing?")]
    [InlineData("title: T\nexcerpt: 'unclosed", 3, 10, "is its closing quote missing?")]
    [InlineData("title: \"C:\\new \\q\"", 2, 16, "'\\q' is no escape in a double-quoted value")]
    [InlineData("layout: post\ntitle: Re: the meeting", 3, 10, "': ' inside a value: put the value in quotes")]
    [InlineData("title: T\nimage: {{ site.url }}/x.png", 3, 8, "a value that starts with '{' is a mapping (Liquid's '{{' too)")]
    [InlineData("title: T\ntags: [a, b]]", 3, 7, "a value that starts with '[' is a list")]
    [InlineData("title: T\nsummary: `code`", 3, 10, "a value cannot start with '`'")]
    [InlineData("title: T\nkey: @handle", 3, 6, "a value cannot start with '@'")]
    [InlineData("title: T\ndescription: \"a\" b", 3, 18, "YAML cannot read on from here")]
    public void Invalid_yaml_is_reported_where_it_goes_wrong_and_why(string yaml, int line, int column, string reason)
    {
        Assert.Null(Parse(yaml));

        var error = SingleError();
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_flow_mapping_is_an_error_not_a_crash()
    {
        Assert.Null(Parse("title: T\nextra: {a: 1\nlayout: post"));
        var error = SingleError();
        Assert.Contains("invalid YAML", error.Message);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void A_field_written_twice_is_a_warning_at_the_second_and_the_last_one_counts()
    {
        var frontMatter = ParseOk("title: T\ntags:\n  - a\n  - b\nlayout: post\ntitle: U\ntags: [c]");

        Assert.Equal("U", frontMatter.Title);
        Assert.Equal(["c"], frontMatter.Tags);
        Assert.Equal(PostLayout.Post, frontMatter.Layout);
        Assert.Equal(
            [("field 'title' is written twice: the last one counts", 7), ("field 'tags' is written twice: the last one counts", 8)],
            _diagnostics.Select(d => (d.Message, d.Line ?? 0)));
        Assert.All(_diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Theory]
    [InlineData("title: T\nheader:\n  image: /a.png\n  image: /b.png\n  caption: C", "image", 5, 3)]
    [InlineData("\"title\": First\ntitle: T\nheader: {image: /b.png}", "title", 3, 1)]
    [InlineData("title: T\nheader: {image: /a.png, image: /b.png, caption: C}", "image", 3, 25)]
    [InlineData("title: T\nheader:\n  - {image: /a.png,\n     image: /b.png}", "image", 5, 6)]
    public void A_key_written_twice_nested_quoted_or_in_a_flow_keeps_the_last_as_jekyll_does_with_a_warning(string yaml, string key, int line, int column)
    {
        var frontMatter = ParseOk(yaml);

        Assert.Equal("T", frontMatter.Title);
        Assert.Contains("/b.png", YamlText(frontMatter.Fields["header"]), StringComparison.Ordinal);
        Assert.DoesNotContain("/a.png", YamlText(frontMatter.Fields["header"]), StringComparison.Ordinal);
        var warning = Assert.Single(_diagnostics);
        Assert.Equal((Severity.Warning, $"field '{key}' is written twice: the last one counts", line, column),
            (warning.Severity, warning.Message, warning.Line ?? 0, warning.Column ?? 0));
    }

    private static string YamlText(object? value) => value switch
    {
        IDictionary<string, object?> map => string.Join(",", map.Select(pair => pair.Key + "=" + YamlText(pair.Value))),
        IEnumerable<object?> list when value is not string => "[" + string.Join(",", list.Select(YamlText)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    [Fact]
    public void A_list_is_not_a_front_matter()
    {
        Assert.Null(Parse("- title: T\n- layout: post"));
        var error = SingleError();
        Assert.Contains("mapping", error.Message);
        Assert.Equal(2, error.Line);
        Assert.Equal(1, error.Column);
    }

    [Fact]
    public void A_single_value_is_not_a_front_matter()
    {
        Assert.Null(Parse("just some words"));
        Assert.Contains("mapping", SingleError().Message);
    }

    [Theory]
    [InlineData("layout: post")]
    [InlineData("")]
    public void Without_a_title_the_file_name_makes_one_as_jekyll_does_with_a_warning(string yaml)
    {
        var frontMatter = new FrontMatterParser(London, 2025).Parse("_posts/2009-09-05-edge-case-no-yaml-title.md", yaml, _diagnostics);

        Assert.Equal("Edge Case No Yaml Title", frontMatter!.Title);
        var warning = Assert.Single(_diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("front matter has no title: 'Edge Case No Yaml Title', made from the file name, is used", warning.Message);
        Assert.Equal(2, warning.Line);
    }

    [Theory]
    [InlineData("_posts/2020-02-02-iOS-tips.md", "Ios Tips")]
    [InlineData("_posts/2020-02-02-the_MIT_license.md", "The_mit_license")]
    [InlineData("notes/getting-STARTED.md", "Getting Started")]
    public void A_title_from_the_file_name_capitalizes_each_word_as_ruby_does(string path, string title)
    {
        Assert.Equal(title, new FrontMatterParser(London, 2025).Parse(path, "layout: post", _diagnostics)!.Title);
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("title: ''")]
    [InlineData("title: '   '")]
    [InlineData("title: [a, b]")]
    public void An_empty_or_non_text_title_is_made_from_the_file_name_with_a_warning(string yaml)
    {
        Assert.Equal("Post", ParseOk("layout: post\n" + yaml).Title);
        var warning = Assert.Single(_diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(3, warning.Line);
    }

    [Fact]
    public void A_layout_of_jekyll_or_a_theme_is_a_warning_and_the_post_is_a_post()
    {
        var frontMatter = ParseOk("title: T\nlayout: Single");
        Assert.Equal(PostLayout.Post, frontMatter.Layout);
        var warning = Assert.Single(_diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("'Single'", warning.Message);
        Assert.Equal(3, warning.Line);
        Assert.Equal(9, warning.Column);
    }

    [Fact]
    public void Layout_is_read_in_any_case()
    {
        Assert.Equal(PostLayout.Page, ParseOk("title: T\nlayout: Page").Layout);
        Assert.Empty(_diagnostics);
    }

    [Theory]
    [InlineData("soon", "expected")]
    [InlineData("2024 - 2022", "ends before it starts")]
    [InlineData("2031 - present", "ends before it starts")]
    public void An_unparseable_range_is_a_warning_and_absent(string range, string reason)
    {
        var frontMatter = ParseOk($"title: T\nrange: {range}", currentYear: 2025);
        Assert.Null(frontMatter.Range);
        var warning = Assert.Single(_diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains(reason, warning.Message);
        Assert.Equal(3, warning.Line);
    }

    [Fact]
    public void Range_present_uses_the_current_year()
    {
        var frontMatter = ParseOk("title: T\nrange: 2021 - present", currentYear: 2026);
        Assert.Equal(new YearRange(2021, 2026, UntilPresent: true), frontMatter.Range);
    }

    [Fact]
    public void A_one_year_range_written_as_a_number_is_read()
    {
        Assert.Equal(new YearRange(2023, 2023), ParseOk("title: T\nrange: 2023").Range);
    }

    [Fact]
    public void An_unparseable_date_is_a_warning_and_absent()
    {
        var frontMatter = ParseOk("title: T\ndate: last tuesday");
        Assert.Null(frontMatter.Date);
        var warning = Assert.Single(_diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("last tuesday", warning.Message);
        Assert.Equal(3, warning.Line);
        Assert.Equal(7, warning.Column);
    }

    [Fact]
    public void A_bare_date_is_midnight_in_the_site_zone()
    {
        var frontMatter = ParseOk("title: T\ndate: 2023-07-05");
        Assert.Equal(new DateTimeOffset(2023, 7, 5, 0, 0, 0, TimeSpan.FromHours(1)), frontMatter.Date);
    }

    [Fact]
    public void A_utc_date_time_is_read()
    {
        var frontMatter = ParseOk("title: T\ndate: 2023-07-05T10:30:00Z");
        Assert.Equal(new DateTimeOffset(2023, 7, 5, 10, 30, 0, TimeSpan.Zero), frontMatter.Date);
    }

    [Fact]
    public void A_billion_laughs_front_matter_is_refused_quickly()
    {
        var yaml = new StringBuilder("title: T\n");
        yaml.Append("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 9; level++)
        {
            var previous = $"*a{level - 1}";
            yaml.Append(CultureInfo.InvariantCulture, $"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 9))}]\n");
        }
        yaml.Append("bomb: *a8\n");

        var stopwatch = Stopwatch.StartNew();
        var frontMatter = Parse(yaml.ToString());
        stopwatch.Stop();

        Assert.Null(frontMatter);
        Assert.Contains("expands", SingleError().Message);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(2), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void A_few_aliases_are_fine()
    {
        var frontMatter = ParseOk("title: T\ntags: &t [a, b]\nkeywords: *t");
        Assert.Equal(["a", "b"], frontMatter.Tags);
    }

    [Theory]
    [InlineData("categories: [\"..\", talks]", "category '..' dropped: it has no letter or digit to make its address from")]
    [InlineData("tags: [\"?\", data]", "tag '?' dropped: it has no letter or digit to make its address from")]
    [InlineData("category: /", "category '/' dropped: it has no letter or digit to make its address from")]
    public void A_category_or_tag_without_an_address_is_dropped_with_a_warning(string field, string message)
    {
        var frontMatter = ParseOk("title: T\n" + field);

        Assert.DoesNotContain(frontMatter.Categories.Concat(frontMatter.Tags), name => Slug.From(name).Length == 0);
        var warning = Assert.Single(_diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(message, warning.Message);
        Assert.Equal(3, warning.Line);
    }

    [Fact]
    public void A_category_whose_address_would_be_too_long_is_cut_at_a_word_with_a_warning()
    {
        var name = string.Join(' ', Enumerable.Repeat("stewardship", 1000));

        var frontMatter = ParseOk($"title: T\ncategory: {name}");

        var term = Term.From(Assert.Single(frontMatter.Categories));
        Assert.True(term.Slug.Length <= Term.MaxSlugLength, $"{term.Slug.Length} characters");
        Assert.EndsWith("stewardship", term.Slug, StringComparison.Ordinal);
        Assert.StartsWith("category 'stewardship stewardship", Assert.Single(_diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:image/png;base64,AAAA")]
    [InlineData("vbscript:x")]
    [InlineData("file:///etc/passwd")]
    [InlineData(@"\\\\evil.example\\x.png")]
    [InlineData(@"/\\evil.example/x.png")]
    [InlineData(@"assets\\x.png")]
    [InlineData("https://cdn.example/my photo.png")]
    [InlineData(@"https://cdn.example\\x.png")]
    [InlineData("https://")]
    public void An_image_that_is_no_site_path_or_http_url_is_ignored_with_a_warning(string image)
    {
        var frontMatter = ParseOk($"title: T\nimage: \"{image}\"");

        Assert.Null(frontMatter.Image);
        var warning = Assert.Single(_diagnostics);
        Assert.StartsWith("image '", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, warning.Line);
    }

    [Theory]
    [InlineData("/assets/x.png", "/assets/x.png")]
    [InlineData("../assets/x.png", "../assets/x.png")]
    [InlineData("x.png", "x.png")]
    [InlineData("https://cdn.example/x.png", "https://cdn.example/x.png")]
    [InlineData("HTTP://cdn.example/x.png", "HTTP://cdn.example/x.png")]
    [InlineData("//cdn.example/x.png", "https://cdn.example/x.png")]
    public void An_image_path_or_http_url_is_kept(string image, string expected)
    {
        Assert.Equal(expected, ParseOk($"title: T\nimage: \"{image}\"").Image);
        Assert.Empty(_diagnostics);
    }

    [Theory]
    [InlineData("media_subpath", "javascript:alert(14)//")]
    [InlineData("img_path", "data:text/html,<script>alert(1)</script>")]
    [InlineData("media_subpath", @"\\\\evil.example\\img")]
    public void A_media_subpath_that_is_no_path_or_http_url_is_ignored_with_a_warning_at_its_line(string field, string value)
    {
        var frontMatter = ParseOk($"title: T\n{field}: \"{value}\"\nimage: x14.png");

        Assert.Null(frontMatter.MediaPath);
        Assert.Equal("x14.png", frontMatter.Image);
        var warning = Assert.Single(_diagnostics);
        Assert.StartsWith($"{field} '", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("' ignored: give a site path or an http(s) URL (no spaces, no backslashes)", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, warning.Line);
    }

    [Theory]
    [InlineData("media_subpath: /assets/img/trip", "/assets/img/trip")]
    [InlineData("img_path: https://cdn.example/img/", "https://cdn.example/img/")]
    [InlineData("media_subpath: //cdn.example/img", "https://cdn.example/img")]
    public void A_media_subpath_that_is_a_path_or_an_http_url_is_kept(string field, string expected)
    {
        Assert.Equal(expected, ParseOk("title: T\n" + field).MediaPath);
        Assert.Empty(_diagnostics);
    }
}
