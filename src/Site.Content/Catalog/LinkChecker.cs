namespace Site.Content.Catalog;

/// <summary>
/// Warns about links in posts (bodies, and the front matter's <c>image</c>) that lead nowhere on this site: to no
/// address of its route table, to a local image that is missing, or to a post that is not published.
/// </summary>
public static class LinkChecker
{
    /// <param name="files">The files the site serves as they are; null when they are not known, which leaves links to files unchecked.</param>
    public static IEnumerable<ContentDiagnostic> Check(IReadOnlyList<Post> posts, IReadOnlySet<string> unpublishedUrls, StaticFiles? files)
    {
        var routes = RouteTable.Of([.. posts.Where(post => !post.IsDraft).Select(RoutedContent.Of)], files ?? StaticFiles.None);

        foreach (var post in posts)
        foreach (var link in post.Links)
        {
            if (!SitePath.IsSitePath(link.Url)) continue;
            var path = SitePath.PathOf(link.Url);
            if (routes.Serves(path)) continue;

            if (unpublishedUrls.Contains(SitePath.Canonical(path)))
                yield return ContentDiagnostic.Warning(post.SourcePath, $"link to unpublished post '{link.Url}': it answers 404 until that post is published", link.Line, link.Column);
            else if (files is not null)
                yield return ContentDiagnostic.Warning(post.SourcePath, link.IsImage
                    ? $"missing local image '{link.Url}': no such file in wwwroot/ or the posts folder"
                    : $"broken internal link '{link.Url}': no post, page or file there", link.Line, link.Column);
        }
    }
}
