using Microsoft.Extensions.Options;
using Site.Content.Reading;

namespace Site.Web;

/// <summary>
/// In Development, the posts the last build could not read, for the pages to show while the author writes: a banner on
/// every page, and the problem with its source lines at the address the broken post would have. Elsewhere there are
/// none: a reader is never shown the site's insides.
/// </summary>
public sealed class BuildErrors(CatalogStore store, IOptions<SiteOptions> options, IWebHostEnvironment environment)
{
    private readonly string _postsFolder = ContentFolders.PostsFolder(options.Value, environment);

    /// <summary>The errors of the catalog being served, in Development.</summary>
    public IReadOnlyList<ContentDiagnostic> Current =>
        environment.IsDevelopment() ? [.. store.Current.Diagnostics.Where(d => d.Severity == Severity.Error)] : [];

    /// <summary>The error of the post whose file name gives it <paramref name="path"/> (<c>/posts/slug</c> or <c>/slug</c>), if one failed.</summary>
    public ContentDiagnostic? At(string path)
    {
        var slug = path.TrimEnd('/').Split('/')[^1];
        return slug.Length == 0 || !path.StartsWith('/') ? null : Current.FirstOrDefault(error => SlugOf(error.Path) == slug);
    }

    /// <summary>The post's lines around the error, when it has a line.</summary>
    public SourceExcerpt? SourceOf(ContentDiagnostic error) =>
        error.Line is { } line ? SourceExcerpt.Around(Path.Combine(_postsFolder, error.Path), line) : null;

    private static string SlugOf(string relativePath) => Slug.From(PostDate.TitleOfFileName(Path.GetFileNameWithoutExtension(relativePath)));
}
