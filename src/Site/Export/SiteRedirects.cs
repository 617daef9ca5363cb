using System.Text;

namespace Site.Export;

/// <summary>
/// Every 301 the site answers that can be listed: each old address of a post (its Jekyll URLs, <c>redirect_from</c>,
/// <c>permalink</c>), with and without a trailing slash, and the other spellings of each page's address that the site
/// redirects (a trailing slash), and of each of these in Unicode's decomposed form. Not those that differ by case, of
/// which there are too many to list: a static host answers them 404.
/// </summary>
public static class SiteRedirects
{
    /// <param name="pagePaths">The addresses of the site's HTML pages, later pages of listings included.</param>
    public static IReadOnlyList<SiteRedirect> Of(PostCatalog catalog, IEnumerable<string> pagePaths)
    {
        var redirects = new Dictionary<string, SiteRedirect>(StringComparer.Ordinal);
        void Add(string from, string to, bool isOldAddress)
        {
            foreach (var written in from == "/" ? [from] : new[] { from, from + "/" })
            {
                if (written != to) redirects.TryAdd(written, new SiteRedirect(written, to, isOldAddress));
                var decomposed = written.Normalize(NormalizationForm.FormD);
                if (decomposed != written) redirects.TryAdd(decomposed, new SiteRedirect(decomposed, to, IsOldAddress: false));
            }
        }

        foreach (var post in catalog.Posts)
            foreach (var old in post.OldUrls)
                Add(old, post.Url, isOldAddress: true);
        foreach (var path in pagePaths.Where(path => path != SiteRoutes.Home.Path))
            Add(path, path, isOldAddress: false);
        return [.. redirects.Values.OrderBy(redirect => redirect.From, StringComparer.Ordinal)];
    }
}
