using Site.Web;

namespace Site.Tests.Web;

/// <summary>Responses kept apart (search results) never push the site's pages out of the output cache, however many.</summary>
public sealed class SplitOutputCacheStoreTests : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly SplitOutputCacheStore _store = new(pagesLimit: 64 * 1024, apartLimit: 16 * 1024);

    [Fact]
    public async Task A_flood_of_responses_kept_apart_leaves_the_pages_and_stays_within_its_bound()
    {
        await _store.SetAsync("home", new byte[8 * 1024], [], Minute, default);
        for (var i = 0; i < 200; i++)
        {
            await _store.SetAsync($"search-{i}", new byte[1024], [SplitOutputCacheStore.ApartTag], Minute, default);
            // Compaction runs in the background once a part is full; give it a moment now and then.
            if (i % 20 == 0) await Task.Delay(10);
        }

        Assert.NotNull(await _store.GetAsync("home", default));
        var kept = 0;
        for (var i = 0; i < 200; i++) kept += await _store.GetAsync($"search-{i}", default) is null ? 0 : 1;
        Assert.InRange(kept, 1, 16);
    }

    [Fact]
    public async Task A_page_never_takes_room_from_the_part_kept_apart()
    {
        await _store.SetAsync("search", new byte[1024], [SplitOutputCacheStore.ApartTag], Minute, default);
        await _store.SetAsync("too-big", new byte[80 * 1024], [], Minute, default);

        Assert.NotNull(await _store.GetAsync("search", default));
        Assert.Null(await _store.GetAsync("too-big", default));
    }

    [Fact]
    public async Task Evicting_by_tag_removes_exactly_the_entries_with_that_tag_in_either_part()
    {
        await _store.SetAsync("a", [1], ["posts"], Minute, default);
        await _store.SetAsync("b", [2], ["posts", SplitOutputCacheStore.ApartTag], Minute, default);
        await _store.SetAsync("c", [3], ["feeds"], Minute, default);

        await _store.EvictByTagAsync("posts", default);

        Assert.Null(await _store.GetAsync("a", default));
        Assert.Null(await _store.GetAsync("b", default));
        Assert.Equal([3], await _store.GetAsync("c", default));
    }

    public void Dispose() => _store.Dispose();
}
