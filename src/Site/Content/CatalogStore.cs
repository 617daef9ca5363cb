namespace Site.Content;

/// <summary>Holds the catalog the site serves. A new catalog replaces the old one in one step, so a reader sees one or the other, whole.</summary>
public sealed class CatalogStore
{
    private volatile PostCatalog? _current;

    public bool IsLoaded => _current is not null;

    /// <summary>The catalog being served; empty until the first one is loaded.</summary>
    public PostCatalog Current => _current ?? PostCatalog.Empty;

    public void Replace(PostCatalog catalog) => _current = catalog;
}
