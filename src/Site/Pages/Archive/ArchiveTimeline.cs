namespace Site.Pages.Archive;

/// <summary>A post that spans several years, drawn as a bar down the archive's year rows, in its own lane.</summary>
public sealed record TimelineBar(Post Post, int Lane, int FirstRow, int LastRow);

/// <summary>
/// The archive as a timeline: each year with posts a row (newest first), and each post that spans several years a
/// bar across its rows, so overlapping projects show side by side. Posts are given the leftmost lane free for all
/// their years; past <see cref="MaxLanes"/> lanes a post is listed but not drawn.
/// </summary>
public sealed record ArchiveTimeline(IReadOnlyList<ArchiveYear> Years, IReadOnlyList<TimelineBar> Bars, int Lanes)
{
    public const int MaxLanes = 6;

    /// <summary>The bars that start at (end at the top of) each year's row.</summary>
    public ILookup<int, TimelineBar> BarsByFirstRow { get; } = Bars.ToLookup(bar => bar.FirstRow);

    private readonly Dictionary<Post, TimelineBar> _barsByPost = Bars.ToDictionary(bar => bar.Post);

    public TimelineBar? BarOf(Post post) => _barsByPost.GetValueOrDefault(post);

    public static ArchiveTimeline From(IReadOnlyList<ArchiveYear> years)
    {
        var rowOf = years.Select((year, index) => (year.Year, Row: index + 1)).ToDictionary(y => y.Year, y => y.Row);
        var spanning = years.SelectMany(year => year.Posts)
            .Where(post => post.Years is { } range && range.Start != range.End)
            .Distinct()
            .OrderByDescending(post => post.Years!.Value.End).ThenByDescending(post => post.Years!.Value.Start);

        var laneEnds = new List<int>();
        var bars = new List<TimelineBar>();
        foreach (var post in spanning)
        {
            var range = post.Years!.Value;
            var (firstRow, lastRow) = (rowOf[range.End], rowOf[range.Start]);
            var lane = laneEnds.FindIndex(end => end < firstRow);
            if (lane < 0)
            {
                if (laneEnds.Count == MaxLanes) continue;
                lane = laneEnds.Count;
                laneEnds.Add(lastRow);
            }
            laneEnds[lane] = lastRow;
            bars.Add(new TimelineBar(post, lane, firstRow, lastRow));
        }
        return new ArchiveTimeline(years, bars, laneEnds.Count);
    }
}
