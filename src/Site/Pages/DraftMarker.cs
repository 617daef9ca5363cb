using Microsoft.AspNetCore.Html;
using Site.Content;

namespace Site.Pages;

/// <summary>
/// What follows a post's title wherever a page lists or links it (listings, the archive, older and newer, related): the
/// word "Draft" for a draft, which only a preview with <c>Site:ShowDrafts</c> shows, so that it is never taken for a
/// published post.
/// </summary>
public static class DraftMarker
{
    private static readonly HtmlString Marker = new("<span class=\"draft-marker\"> Draft</span>");

    public static IHtmlContent After(Post post) => post.IsDraft ? Marker : HtmlString.Empty;
}
