using Site.Pages.Archive;

namespace Site.Tests.Pages;

/// <summary>How the archive's timeline lays out bars: overlapping work side by side, later work reusing a free lane.</summary>
public sealed class ArchiveTimelineTests
{
    private static Post Post(string slug, int start, int end) => new()
    {
        SourcePath = slug + ".md", Slug = slug, Title = slug, Summary = "", Body = new(""), Range = new YearRange(start, end),
    };

    private static ArchiveTimeline Timeline(params Post[] posts) =>
        ArchiveTimeline.From(new PostCatalog(posts, [], DateTimeOffset.UnixEpoch).Years);

    [Fact]
    public void Overlapping_work_gets_separate_lanes_and_later_work_reuses_a_free_one()
    {
        var timeline = Timeline(Post("a", 2020, 2024), Post("b", 2022, 2023), Post("c", 2018, 2019), Post("single", 2021, 2021));

        Assert.Equal(2, timeline.Lanes);
        Assert.Equal(0, timeline.BarOf(timeline.Years.SelectMany(y => y.Posts).First(p => p.Slug == "a"))!.Lane);
        Assert.Equal([("a", 0, 1, 5), ("b", 1, 2, 3), ("c", 0, 6, 7)],
            timeline.Bars.Select(bar => (bar.Post.Slug, bar.Lane, bar.FirstRow, bar.LastRow)));
    }

    [Fact]
    public void Single_year_posts_get_no_bar_and_lanes_stop_at_the_maximum()
    {
        var many = Enumerable.Range(0, ArchiveTimeline.MaxLanes + 2).Select(i => Post($"p{i}", 2020, 2022)).ToArray();
        var timeline = Timeline([.. many, Post("single", 2021, 2021)]);

        Assert.Equal(ArchiveTimeline.MaxLanes, timeline.Lanes);
        Assert.Equal(ArchiveTimeline.MaxLanes, timeline.Bars.Count);
        Assert.DoesNotContain(timeline.Bars, bar => bar.Post.Slug == "single");
    }
}
