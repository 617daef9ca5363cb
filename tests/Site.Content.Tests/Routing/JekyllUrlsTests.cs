
namespace Site.Content.Tests.Routing;

public class JekyllUrlsTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;

    private static string[] For(string fileName, string[] categories, DateTimeOffset? date, TimeZoneInfo? zone = null) =>
        [.. JekyllUrls.For(fileName, categories, date, zone ?? Utc, null, JekyllUrls.DefaultStyle)];

    [Fact]
    public void A_dated_post_without_categories_has_its_html_url_and_the_one_without_extension()
    {
        var urls = For("2023-01-05-my-post.md", [], new DateTimeOffset(2023, 1, 5, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(["/2023/01/05/my-post.html", "/2023/01/05/my-post"], urls);
    }

    [Fact]
    public void Categories_are_lower_cased_and_joined_in_front_matter_order()
    {
        var urls = For("2023-01-05-my-post.md", ["Talks", "Research Notes"], new DateTimeOffset(2023, 1, 5, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("/talks/research notes/2023/01/05/my-post.html", urls[0]);
        // A visitor's browser sends it percent-encoded; decoded, it is the same old address.
        Assert.Equal(urls[0], OldPath.Normalize(SitePath.Decode("/talks/research%20notes/2023/01/05/my-post.html")));
    }

    [Fact]
    public void Categories_that_differ_only_by_case_appear_once_as_in_jekyll()
    {
        var urls = For("2023-01-05-my-post.md", ["Blog", "blog", "talks"], new DateTimeOffset(2023, 1, 5, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("/blog/talks/2023/01/05/my-post.html", urls[0]);
    }

    [Fact]
    public void The_title_is_the_file_name_after_the_date_as_written()
    {
        var urls = For("2021-11-30-Open_Data.Day.markdown", [], new DateTimeOffset(2021, 11, 30, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal("/2021/11/30/Open_Data.Day.html", urls[0]);
    }

    [Fact]
    public void The_date_is_the_day_in_the_site_time_zone_not_in_utc()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        // 20:00 UTC on 31 December is already 1 January in Tokyo.
        var urls = For("2022-12-31-eve.md", [], new DateTimeOffset(2022, 12, 31, 20, 0, 0, TimeSpan.Zero), tokyo);

        Assert.Equal("/2023/01/01/eve.html", urls[0]);
    }

    [Fact]
    public void The_date_field_gives_the_day_even_when_the_file_name_says_another()
    {
        var urls = For("2023-01-05-my-post.md", [], new DateTimeOffset(2024, 2, 29, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal("/2024/02/29/my-post.html", urls[0]);
    }

    [Fact]
    public void A_file_without_a_date_prefix_was_a_page_at_its_own_path()
    {
        var urls = JekyllUrls.ForFile("notes/my-post.md", ["blog"], new DateTimeOffset(2023, 1, 5, 0, 0, 0, TimeSpan.Zero), Utc, null, JekyllUrls.DefaultStyle);

        Assert.Equal(["/notes/my-post.html", "/notes/my-post"], urls);
    }

    [Theory]
    [InlineData("date", "/talks/2023/01/05/my-post.html")]
    [InlineData("pretty", "/talks/2023/01/05/my-post")]
    [InlineData("ordinal", "/talks/2023/005/my-post.html")]
    [InlineData("weekdate", "/talks/2023/W01/Thu/my-post.html")]
    [InlineData("none", "/talks/my-post.html")]
    [InlineData("/news/:year/:month/:day/:title/", "/news/2023/01/05/my-post")]
    [InlineData("/:categories/:title/", "/talks/my-post")]
    [InlineData("/:short_year/:i_month/:i_day/:hour:minute:second/:slug:output_ext", "/23/1/5/093007/my-post.html")]
    [InlineData("/blog/:y_day-:name", "/blog/005-2023-01-05-my-post")]
    [InlineData("/blog/:name/", "/blog/2023-01-05-my-post")]
    [InlineData("blog/:year/:title/", "/blog/2023/my-post")]
    public void Jekylls_styles_and_patterns_give_the_posts_old_address(string permalink, string expected)
    {
        var urls = JekyllUrls.For("2023-01-05-my-post.md", ["Talks"], new DateTimeOffset(2023, 1, 5, 9, 30, 7, TimeSpan.Zero), Utc, null, permalink);

        Assert.Equal(expected, urls.First());
    }

    [Fact]
    public void Categories_left_empty_leave_no_doubled_slash()
    {
        Assert.Equal("/my-post", JekyllUrls.For("2023-01-05-my-post.md", [], new DateTimeOffset(2023, 1, 5, 0, 0, 0, TimeSpan.Zero), Utc, null, "/:categories/:title/").First());
    }

    [Fact]
    public void Dates_are_read_in_the_sites_time_zone()
    {
        var auckland = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");
        var urls = JekyllUrls.For("2023-01-05-my-post.md", [], new DateTimeOffset(2023, 1, 5, 20, 0, 0, TimeSpan.Zero), auckland, null, "pretty");

        Assert.Equal("/2023/01/06/my-post", urls.First());
    }

    [Fact]
    public void A_post_without_a_date_had_no_dated_url()
    {
        Assert.Empty(For("2023-01-05-my-post.md", [], null));
    }

    [Theory]
    [InlineData("/2023/01/05/my-post/", "/2023/01/05/my-post")]
    [InlineData("2023/01/05/my-post", "/2023/01/05/my-post")]
    [InlineData("/", "/")]
    [InlineData("/Caf\u0065\u0301/", "/Caf\u00e9")]
    [InlineData("/talks/2018/keynote/index.html", "/talks/2018/keynote")]
    [InlineData("/index.html", "/")]
    public void Old_paths_compare_without_trailing_slash_or_index_html_with_a_leading_one_in_nfc(string written, string expected)
    {
        Assert.Equal(expected, OldPath.Normalize(written));
    }

    [Theory]
    [InlineData("/2017/moved.html", new[] { "/2017/moved.html", "/2017/moved" })]
    [InlineData("/2017/moved", new[] { "/2017/moved", "/2017/moved.html" })]
    [InlineData("/old/moved-post/", new[] { "/old/moved-post" })]
    [InlineData("/old/moved-post/index.html", new[] { "/old/moved-post" })]
    [InlineData("/files/notes.pdf", new[] { "/files/notes.pdf" })]
    public void An_old_address_answers_in_each_form_jekylls_output_had(string written, string[] expected)
    {
        Assert.Equal(expected, OldPath.Forms(written));
    }

    [Fact]
    public void A_pattern_with_no_extension_answers_at_the_html_file_jekyll_wrote_for_it()
    {
        var urls = JekyllUrls.For("2019-04-01-weekly-notes.md", ["lab"], new DateTimeOffset(2019, 4, 1, 0, 0, 0, TimeSpan.Zero), Utc, null, "/:categories/:year/:title");

        Assert.Equal(["/lab/2019/weekly-notes", "/lab/2019/weekly-notes.html"], urls);
    }
}
