
namespace Site.Content.Tests.Reading;

public class PostDateTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void A_bare_date_is_midnight_in_the_site_time_zone()
    {
        Assert.True(PostDate.TryParse("2023-07-05", London, out var value));
        Assert.Equal(new DateTimeOffset(2023, 7, 5, 0, 0, 0, TimeSpan.FromHours(1)), value);
        Assert.Equal(TimeSpan.FromHours(1), value.Offset);
    }

    [Fact]
    public void A_bare_winter_date_in_London_has_no_offset()
    {
        Assert.True(PostDate.TryParse("2023-01-05", London, out var value));
        Assert.Equal(TimeSpan.Zero, value.Offset);
        Assert.Equal(new DateTime(2023, 1, 5), value.DateTime);
    }

    [Fact]
    public void A_bare_date_in_utc_is_midnight_utc()
    {
        Assert.True(PostDate.TryParse("2023-07-05", TimeZoneInfo.Utc, out var value));
        Assert.Equal(new DateTimeOffset(2023, 7, 5, 0, 0, 0, TimeSpan.Zero), value);
    }

    [Fact]
    public void A_time_without_offset_is_local_to_the_zone()
    {
        Assert.True(PostDate.TryParse("2023-07-05 10:30", London, out var value));
        Assert.Equal(new DateTimeOffset(2023, 7, 5, 10, 30, 0, TimeSpan.FromHours(1)), value);
    }

    [Theory]
    [InlineData("2015-03-14 09:26:53.000000000 +01:00")]
    [InlineData("2015-03-14 09:26:53.123456789+01:00")]
    public void The_nanoseconds_jekyll_import_writes_are_read(string text)
    {
        Assert.True(PostDate.TryParse(text, London, out var value));
        Assert.Equal(new DateTimeOffset(2015, 3, 14, 9, 26, 53, TimeSpan.FromHours(1)), value.AddTicks(-(value.Ticks % TimeSpan.TicksPerSecond)));
        Assert.False(PostDate.TryParse("2015-03-14 09:265", London, out _));
    }

    [Fact]
    public void A_numeric_offset_is_honoured()
    {
        Assert.True(PostDate.TryParse("2023-01-05 10:30:00 +0100", London, out var value));
        Assert.Equal(new DateTimeOffset(2023, 1, 5, 10, 30, 0, TimeSpan.FromHours(1)), value);
        Assert.Equal(new DateTimeOffset(2023, 1, 5, 9, 30, 0, TimeSpan.Zero), value.ToUniversalTime());
    }

    [Fact]
    public void A_negative_offset_with_colon_is_honoured()
    {
        Assert.True(PostDate.TryParse("2023-01-05 10:30:00 -05:30", TimeZoneInfo.Utc, out var value));
        Assert.Equal(-new TimeSpan(5, 30, 0), value.Offset);
    }

    [Fact]
    public void Z_means_utc_even_when_the_zone_is_not()
    {
        Assert.True(PostDate.TryParse("2023-07-05T10:30:00Z", London, out var value));
        Assert.Equal(new DateTimeOffset(2023, 7, 5, 10, 30, 0, TimeSpan.Zero), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2023-13-01")]
    [InlineData("2023-02-30")]
    [InlineData("05/01/2023")]
    [InlineData("2023-01-05 25:00")]
    [InlineData("2023-01-05 10:00 +1500")]
    [InlineData("2023-01-05 10:00 +٠١:٠٠")] // Arabic-Indic digits in the offset: \d matches them, int.Parse does not
    [InlineData("")]
    [InlineData(null)]
    public void Nonsense_is_refused(string? text)
    {
        Assert.False(PostDate.TryParse(text, TimeZoneInfo.Utc, out _));
    }

    [Fact]
    public void The_file_name_prefix_gives_the_date_and_the_rest()
    {
        Assert.True(PostDate.TryFromFileName("2023-07-05-my-post", London, out var value, out var rest));
        Assert.Equal(new DateTimeOffset(2023, 7, 5, 0, 0, 0, TimeSpan.FromHours(1)), value);
        Assert.Equal("my-post", rest);
    }

    [Fact]
    public void A_file_name_date_without_leading_zeros_is_read_as_jekyll_reads_it()
    {
        Assert.True(PostDate.TryFromFileName("2020-1-5-unpadded", London, out var value, out var rest));
        Assert.Equal(new DateTimeOffset(2020, 1, 5, 0, 0, 0, TimeSpan.Zero), value);
        Assert.Equal("unpadded", rest);
    }

    [Fact]
    public void A_file_name_without_a_date_prefix_is_kept_whole()
    {
        Assert.False(PostDate.TryFromFileName("about", London, out _, out var rest));
        Assert.Equal("about", rest);
    }

    [Theory]
    [InlineData("2023-07-05-my-post", "my-post")]
    [InlineData("about", "about")]
    [InlineData("2023-13-45-not-a-date", "2023-13-45-not-a-date")]
    public void A_file_name_s_title_is_what_follows_a_real_date(string name, string title) => Assert.Equal(title, PostDate.TitleOfFileName(name));
}
