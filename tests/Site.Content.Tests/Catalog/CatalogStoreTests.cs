
namespace Site.Content.Tests.Catalog;

public class CatalogStoreTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static Post Make(string slug, DateTimeOffset date) => new()
    {
        SourcePath = slug + ".md",
        Slug = slug,
        Title = slug,
        Date = date,
        Summary = "",
        Body = new(""),
    };

    [Fact]
    public void Before_the_first_catalog_it_is_not_loaded_and_serves_an_empty_one()
    {
        var store = new CatalogStore(new FakeTimeProvider(Start));

        Assert.False(store.IsLoaded);
        Assert.Empty(store.Current.Posts);
    }

    [Fact]
    public void After_Replace_it_is_loaded_and_serves_the_new_catalog()
    {
        var store = new CatalogStore(new FakeTimeProvider(Start));

        store.Replace(new PostCatalog([Make("a", Start.AddDays(-1))], [], Start));

        Assert.True(store.IsLoaded);
        Assert.Equal(["a"], store.Current.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void A_future_post_appears_by_itself_once_the_clock_passes_its_date()
    {
        var clock = new FakeTimeProvider(Start);
        var store = new CatalogStore(clock);
        store.Replace(new PostCatalog([Make("past", Start.AddDays(-1)), Make("future", Start.AddHours(1))], [], Start));

        Assert.Null(store.Current.FindPost("future"));

        clock.SetUtcNow(Start.AddMinutes(59));
        Assert.Null(store.Current.FindPost("future"));

        clock.SetUtcNow(Start.AddHours(1));
        Assert.NotNull(store.Current.FindPost("future"));
        Assert.Equal(["future", "past"], store.Current.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void Each_waiting_post_appears_at_its_own_time()
    {
        var clock = new FakeTimeProvider(Start);
        var store = new CatalogStore(clock);
        store.Replace(new PostCatalog([Make("first", Start.AddHours(1)), Make("second", Start.AddHours(2))], [], Start));

        clock.SetUtcNow(Start.AddHours(1.5));
        Assert.Equal(["first"], store.Current.Posts.Select(p => p.Slug));

        clock.SetUtcNow(Start.AddHours(3));
        Assert.Equal(["second", "first"], store.Current.Posts.Select(p => p.Slug));
        Assert.Null(store.Current.NextPublication);
    }

    [Fact]
    public void A_catalog_built_a_while_ago_is_served_as_of_the_moment_it_is_put_in()
    {
        var clock = new FakeTimeProvider(Start.AddDays(1));
        var store = new CatalogStore(clock);

        // Built before the post's date, handed over after it: the post is shown at once.
        store.Replace(new PostCatalog([Make("due", Start.AddHours(1))], [], Start));

        Assert.NotNull(store.Current.FindPost("due"));
    }

    [Fact]
    public void Replace_swaps_the_whole_catalog_and_the_old_one_stays_as_it_was()
    {
        var clock = new FakeTimeProvider(Start);
        var store = new CatalogStore(clock);
        store.Replace(new PostCatalog([Make("old", Start.AddDays(-1)), Make("old-future", Start.AddHours(1))], [], Start));
        var before = store.Current;

        store.Replace(new PostCatalog([Make("new", Start.AddDays(-2))], [], Start));
        clock.SetUtcNow(Start.AddHours(2));

        Assert.Equal(["new"], store.Current.Posts.Select(p => p.Slug));
        Assert.Equal(["old"], before.Posts.Select(p => p.Slug));
    }

    [Fact]
    public void Replace_after_a_post_appeared_serves_the_new_catalog_not_the_old_one_as_of_now()
    {
        var clock = new FakeTimeProvider(Start);
        var store = new CatalogStore(clock);
        store.Replace(new PostCatalog([Make("old-future", Start.AddHours(1))], [], Start));
        clock.SetUtcNow(Start.AddHours(2));
        Assert.NotNull(store.Current.FindPost("old-future"));

        store.Replace(new PostCatalog([Make("new", Start.AddDays(-1)), Make("new-future", Start.AddHours(3))], [], Start));

        Assert.Equal(["new"], store.Current.Posts.Select(p => p.Slug));
        clock.SetUtcNow(Start.AddHours(3));
        Assert.Equal(["new-future", "new"], store.Current.Posts.Select(p => p.Slug));
    }
}
