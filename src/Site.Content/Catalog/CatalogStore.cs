namespace Site.Content.Catalog;

/// <summary>
/// Holds the catalog the site serves. A new catalog replaces the old one in one step, so a reader sees one or the
/// other, whole. Posts dated in the future appear by themselves when their time comes: the first read after that
/// moment swaps in the catalog as of then.
/// </summary>
public sealed class CatalogStore(TimeProvider clock)
{
    private volatile PostCatalog? _current;

    public bool IsLoaded => _current is not null;

    /// <summary>The catalog being served, as of now; empty until the first one is loaded.</summary>
    public PostCatalog Current
    {
        get
        {
            var current = _current;
            if (current?.NextPublication is not { } next) return current ?? PostCatalog.Empty;

            var now = clock.GetUtcNow();
            if (now < next) return current;
            var later = current.AsOf(now);
            // If another thread swapped in a newer catalog meanwhile, keep it: it wins over this one.
            return Interlocked.CompareExchange(ref _current, later, current) == current ? later : Current;
        }
    }

    public void Replace(PostCatalog catalog) => _current = catalog.AsOf(clock.GetUtcNow());
}
