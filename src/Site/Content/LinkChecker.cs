namespace Site.Content;

/// <summary>
/// Warns about links in bodies that lead nowhere on this site: to no post, page, listing or static file, to a
/// local image that is missing, or to a post that is not published.
/// </summary>
public static class LinkChecker
{
    public static IEnumerable<ContentDiagnostic> Check(IReadOnlyList<Post> posts, IReadOnlySet<string> unpublishedUrls, string? staticFilesPath)
    {
        var served = SiteRoutes.Served(posts.Where(post => !post.IsDraft).Select(post => (post.Url, post.Categories, post.Tags)));

        foreach (var post in posts)
        foreach (var link in post.Links)
        {
            if (!SiteRoutes.IsSitePath(link.Url)) continue;
            var path = SiteRoutes.PathOf(link.Url);
            if (served(path)) continue;

            if (unpublishedUrls.Contains(SiteRoutes.Canonical(path)))
                yield return ContentDiagnostic.Warning(post.SourcePath, $"link to unpublished post '{link.Url}': it answers 404 until that post is published", link.Line, link.Column);
            else if (staticFilesPath is not null && !StaticFileExists(staticFilesPath, path))
                yield return ContentDiagnostic.Warning(post.SourcePath, link.IsImage
                    ? $"missing local image '{link.Url}': no such file in wwwroot/"
                    : $"broken internal link '{link.Url}': no post, page or file there", link.Line, link.Column);
        }
    }

    private static bool StaticFileExists(string staticFilesPath, string path)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(staticFilesPath)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!full.StartsWith(root, StringComparison.Ordinal)) return false;
        return File.Exists(full) || File.Exists(Path.Combine(full, "index.html"));
    }
}
