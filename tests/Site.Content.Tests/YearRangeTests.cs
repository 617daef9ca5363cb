
namespace Site.Content.Tests;

public class YearRangeTests
{
    [Theory]
    [InlineData("2022 - 2024")]
    [InlineData("2022-2024")]
    [InlineData("2022–2024")]
    [InlineData("2022 – 2024")]
    [InlineData("  2022 - 2024  ")]
    public void Parses_the_spellings_authors_write(string text)
    {
        Assert.True(YearRange.TryParse(text, currentYear: 2030, out var range));
        Assert.Equal(2022, range.Start);
        Assert.Equal(2024, range.End);
        Assert.False(range.UntilPresent);
        Assert.Equal("2022 – 2024", range.Display);
        Assert.Equal("2022-2024", range.UrlSegment);
    }

    [Fact]
    public void One_year_is_shown_as_that_year()
    {
        Assert.True(YearRange.TryParse("2023", 2030, out var range));
        Assert.Equal(new YearRange(2023, 2023), range);
        Assert.Equal("2023", range.Display);
        Assert.Equal("2023", range.UrlSegment);
    }

    [Theory]
    [InlineData("2021 - present")]
    [InlineData("2021-present")]
    [InlineData("2021 – Present")]
    public void Present_ends_in_the_current_year(string text)
    {
        Assert.True(YearRange.TryParse(text, currentYear: 2025, out var range));
        Assert.Equal(2021, range.Start);
        Assert.Equal(2025, range.End);
        Assert.True(range.UntilPresent);
        Assert.Equal("2021 – present", range.Display);
        Assert.Equal("2021-2025", range.UrlSegment);
        Assert.True(range.Contains(2025));
    }

    [Theory]
    [InlineData("2024 - 2022")]
    [InlineData("2031 - present")]
    public void A_range_that_ends_before_it_starts_is_refused(string text)
    {
        Assert.False(YearRange.TryParse(text, currentYear: 2030, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("22 - 24")]
    [InlineData("2022 to 2024")]
    [InlineData("2022 - 2024 - 2026")]
    [InlineData("2022 -")]
    [InlineData("20222")]
    [InlineData("٢٠٢٣")] // Arabic-Indic digits: \d matches them, int.Parse does not
    [InlineData("２０２３ - ２０２４")] // full-width digits
    public void Garbage_is_refused(string? text)
    {
        Assert.False(YearRange.TryParse(text, currentYear: 2030, out _));
    }

    [Fact]
    public void Overlap_and_contains_are_inclusive()
    {
        var range = new YearRange(2020, 2022);
        Assert.True(range.Contains(2020));
        Assert.True(range.Contains(2022));
        Assert.False(range.Contains(2023));
        Assert.True(range.Overlaps(new YearRange(2022, 2025)));
        Assert.True(range.Overlaps(new YearRange(2018, 2020)));
        Assert.False(range.Overlaps(new YearRange(2023, 2025)));
        Assert.Equal([2020, 2021, 2022], range.Years);
    }
}
