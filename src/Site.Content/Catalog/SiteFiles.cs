namespace Site.Content.Catalog;

/// <summary>
/// The files the site serves as they are: those of its <c>wwwroot/</c>, and those of the posts folder
/// (<see cref="ServedFiles"/>), each at its path. Where both have a file at one path, <c>wwwroot/</c>'s is served; a
/// posts-folder file at an address one of the site's routes answers (<c>/robots.txt</c>, <c>/posts/x</c>) is never
/// reached. Each of those is reported, and each Jekyll page noted, since none of them is served.
/// </summary>
internal static class SiteFiles
{
    /// <param name="wwwroot">The files of <c>wwwroot/</c>; null when unknown.</param>
    public static StaticFiles Of(StaticFiles? wwwroot, PostsFolderFiles folder, ICollection<ContentDiagnostic> diagnostics)
    {
        var paths = new List<string>();
        foreach (var relative in folder.Served)
        {
            var path = "/" + relative;
            if (wwwroot?.Contains(path) == true)
                diagnostics.Add(ContentDiagnostic.Warning(relative, $"not served: {path} is the site's own file, from wwwroot/"));
            else if (SiteRoutes.Answering(path) is { } route)
                diagnostics.Add(ContentDiagnostic.Warning(relative, $"not served: {path} is an address of the site's own ({route.Template}); move the file"));
            else
                paths.Add(path);
        }
        foreach (var page in folder.JekyllPages)
        {
            diagnostics.Add(ContentDiagnostic.Note(page,
                "a Jekyll page (it opens with front matter): not served, since it needs Jekyll's layouts; the site makes its own home page, listings, feeds and sitemap"));
        }
        return new StaticFiles(wwwroot?.Paths ?? [], paths);
    }
}
