using System.Text.RegularExpressions;

namespace Site.Content;

/// <summary>
/// Turns the paths an author wrote, Jekyll-style, into site paths: <c>../assets/img/x.png</c> becomes
/// <c>/assets/img/x.png</c>, and a link to another post's file (<c>2023-01-01-x.md</c>, <c>../_posts/2023-01-01-x.md</c>)
/// becomes that post's URL. URLs, site paths and fragments stay as they are.
/// </summary>
public sealed partial class LinkResolver(IReadOnlyDictionary<string, string> urlsByPostFileName)
{
    public static readonly LinkResolver WithoutPosts = new(new Dictionary<string, string>());

    public string Resolve(string url)
    {
        if (!IsRelativePath(url)) return url;

        var path = url;
        while (path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal))
            path = path[(path.IndexOf('/') + 1)..];

        var suffixAt = path.IndexOfAny(['?', '#']);
        var (filePath, suffix) = suffixAt < 0 ? (path, "") : (path[..suffixAt], path[suffixAt..]);
        if (PostFiles.IsPostFile(filePath))
        {
            var fileName = Uri.UnescapeDataString(filePath[(filePath.LastIndexOf('/') + 1)..]);
            if (urlsByPostFileName.TryGetValue(fileName, out var postUrl))
                return postUrl + (suffix.StartsWith('#') ? suffix : "");
        }
        return "/" + path;
    }

    /// <summary>Neither a URL with a scheme (<c>https:</c>, <c>mailto:</c>) nor a site path, a fragment or a query of its own.</summary>
    public static bool IsRelativePath(string url) =>
        url.Length > 0 && url[0] is not ('/' or '#' or '?') && !SchemePattern().IsMatch(url);

    /// <summary>A link that leaves the site: it gets <c>rel="noopener"</c>.</summary>
    public static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:")]
    private static partial Regex SchemePattern();
}
