using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Site.Web;

/// <summary>
/// Gives each Razor page its address from <see cref="SiteRoutes"/>, in place of the one its file name would give it:
/// the pages declare <c>@page</c> without a template, so that every path is written once, in the route table. A listing
/// answers its later pages' addresses too.
/// </summary>
public sealed class PageRoutes : IPageRouteModelConvention
{
    /// <summary>Each page (by its path under Pages/) and the route it answers.</summary>
    public static readonly IReadOnlyDictionary<string, SiteRoute> ByPage = new Dictionary<string, SiteRoute>(StringComparer.Ordinal)
    {
        ["/Index"] = SiteRoutes.Home,
        ["/Post"] = SiteRoutes.Post,
        ["/StandalonePage"] = SiteRoutes.Page,
        ["/Categories/Index"] = SiteRoutes.Categories,
        ["/Categories/Show"] = SiteRoutes.Category,
        ["/Tags/Index"] = SiteRoutes.Tags,
        ["/Tags/Show"] = SiteRoutes.Tag,
        ["/Archive/Index"] = SiteRoutes.Archive,
        ["/Archive/Period"] = SiteRoutes.ArchivePeriod,
        ["/Search"] = SiteRoutes.Search,
        ["/NotFound"] = SiteRoutes.NotFound,
        ["/Error"] = SiteRoutes.Error,
    };

    public void Apply(PageRouteModel model)
    {
        if (!ByPage.TryGetValue(model.ViewEnginePath, out var route))
            throw new InvalidOperationException($"The page {model.ViewEnginePath} has no route in {nameof(PageRoutes)}.{nameof(ByPage)}.");
        model.Selectors.Clear();
        model.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = route.Template } });
        if (route.PagedTemplate is { } paged) model.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = paged } });
    }
}
