using Site.Web;

namespace Site.Pages.Archive;

[Kept(Freshness.Page)]
public sealed class IndexModel(CatalogStore store) : SitePageModel
{
    /// <summary>How many titles each year shows before "and N more": the archive stays one screen per year on a big site.</summary>
    public const int TitlesPerYear = 5;

    public ArchiveTimeline Timeline { get; } = ArchiveTimeline.From(store.Current.Years);

    public void OnGet() => Head = new PageHead { Title = "Archive" };
}
