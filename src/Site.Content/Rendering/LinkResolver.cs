using System.Text;
using System.Text.RegularExpressions;

namespace Site.Content.Rendering;

/// <summary>
/// Turns the links an author wrote into the site's URLs. A relative path names a file beside the post when one is served
/// there (a post kept in a folder with its images, as Hugo's page bundles are), else one from the site's root:
/// <c>../assets/img/x.png</c> becomes <c>/assets/img/x.png</c>. A link to another post's file (<c>2023-01-01-x.md</c>,
/// <c>../_posts/2023-01-01-x.md</c>) or to one of its old addresses (a Jekyll URL, a <c>redirect_from</c> entry)
/// becomes that post's URL. Other URLs, site paths and fragments stay as they are. On a site served under a path
/// (<c>/blog</c>), a site path the author wrote under it (<c>{{ site.baseurl }}/posts/x</c>) resolves as the site path
/// below it (<c>/posts/x</c>), and <see cref="Href"/> writes every site path under it. An absolute URL of the site's
/// own addresses (<see cref="OwnAddresses"/>) is read as the site path it names where the site answers there;
/// <c>.</c> and <c>..</c> segments are taken out as a browser takes them out.
/// </summary>
/// <param name="urlsByPostFileName">Each post file's name (<c>2023-01-01-x.md</c>) and its URL.</param>
/// <param name="urlsByOldPath">Old site paths (decoded, NFC) and the URL of the post now there.</param>
/// <param name="files">The files the site serves, which a path beside the post must name; null when unknown.</param>
/// <param name="folder">The post's folder, relative to the posts folder (<c>2023/trip</c>), where relative paths start.</param>
/// <param name="basePath">The path the site is served under (<c>/blog</c>); empty at its host's root.</param>
/// <param name="ownAddresses">The site's public addresses, whose absolute URLs name site paths; none by default.</param>
/// <param name="mediaPath">Where the post's relative media paths start (Chirpy's <c>media_subpath</c>); null for its folder.</param>
/// <param name="postFiles">Which files are posts (the config's <c>markdown_ext</c>); Jekyll's by default.</param>
public sealed partial class LinkResolver(
    IReadOnlyDictionary<string, string> urlsByPostFileName,
    IReadOnlyDictionary<string, string>? urlsByOldPath = null,
    StaticFiles? files = null,
    string folder = "",
    string basePath = "",
    OwnAddresses? ownAddresses = null,
    string? mediaPath = null,
    PostFiles? postFiles = null)
{
    private readonly PostFiles _postFiles = postFiles ?? PostFiles.Jekyll;

    public static readonly LinkResolver WithoutPosts = new(new Dictionary<string, string>());

    /// <summary>
    /// This resolver for the post at <paramref name="relativePath"/>, whose relative paths start in its folder, and its
    /// relative media paths at <paramref name="mediaPath"/> when it names one.
    /// </summary>
    public LinkResolver For(string relativePath, string? mediaPath = null) =>
        new(urlsByPostFileName, urlsByOldPath, files, relativePath.LastIndexOf('/') is var slash and >= 0 ? relativePath[..slash] : "", basePath, ownAddresses, mediaPath, _postFiles);

    /// <summary>
    /// The URL an image, video or audio file the post shows names: a relative path starts at the post's media path
    /// (Chirpy's <c>media_subpath: /assets/img/trip</c> makes <c>map.png</c> <c>/assets/img/trip/map.png</c>), as
    /// <see cref="Resolve"/> reads it otherwise. A media path that would give the image a scheme other than http(s)
    /// (<c>javascript:</c>, <c>data:</c>) is not used: the front matter reports such a one (<see cref="ImageAddress"/>).
    /// </summary>
    public string ResolveMedia(string url)
    {
        var written = AsBrowsersRead(url);
        if (mediaPath is null || !IsRelativePath(written)) return Resolve(url);
        var joined = mediaPath.TrimEnd('/') + "/" + written;
        return HasScheme(joined) && !IsExternal(joined) ? Resolve(url) : Resolve(joined);
    }

    /// <summary>The URL <paramref name="url"/> names: a site path (<c>/posts/x</c>, without the base path), or a URL of elsewhere.</summary>
    public string Resolve(string url)
    {
        url = AsBrowsersRead(url);
        if (SitePath.IsSitePath(url)) return ResolveSitePath(SitePath.OffBase(basePath, SitePath.WithoutDotSegments(url)));
        if ((ownAddresses ?? OwnAddresses.None).SitePathOf(url) is { } own && ServedHere(ResolveSitePath(SitePath.WithoutDotSegments(own))) is { } here)
            return here;
        if (!IsRelativePath(url)) return url;

        var (filePath, suffix) = SplitSuffix(url);
        if (_postFiles.MayNamePost(filePath) && TryGetPostUrl(SitePath.Decode(filePath[(filePath.LastIndexOf('/') + 1)..]), out var postUrl))
            return postUrl + Fragment(suffix);
        if (BesideThePost(filePath) is { } beside) return beside + suffix;

        return SitePath.WithoutDotSegments("/" + url);
    }

    /// <summary>A resolved URL as the page writes it: a site path under the base path, any other URL as it is.</summary>
    public string Href(string resolved) => SitePath.UnderBase(basePath, resolved);

    /// <summary>The site path of a file the site serves at <paramref name="relativePath"/> from the post's folder; null when there is none.</summary>
    private string? BesideThePost(string relativePath)
    {
        if (folder.Length == 0 || files is null) return null;
        var path = SitePath.WithoutDotSegments($"/{folder}/{relativePath}");
        return files.Contains(SitePath.Decode(path)) ? path : null;
    }

    /// <summary>The URL of a post by its file name, with or without the extension (as Liquid's <c>post_url</c> names it).</summary>
    public bool TryGetPostUrl(string fileName, out string url)
    {
        if (urlsByPostFileName.TryGetValue(fileName, out url!)) return true;
        foreach (var extension in _postFiles.Extensions)
        {
            if (urlsByPostFileName.TryGetValue(fileName + extension, out url!)) return true;
        }
        return false;
    }

    /// <summary>Which files are posts.</summary>
    public PostFiles PostFiles => _postFiles;

    /// <summary>
    /// <paramref name="resolved"/> (an old address of a post already made the post's) when the site answers there: its
    /// home, a file it serves, one of its routes. Null otherwise: on the old site's host, that may be another site (a
    /// GitHub Pages project site beside a user site), which the link still names.
    /// </summary>
    private string? ServedHere(string resolved)
    {
        var path = SitePath.PathOf(resolved);
        return path == "/" || files?.Contains(path) == true || SiteRoutes.Answering(path) is not null ? resolved : null;
    }

    private string ResolveSitePath(string url)
    {
        if (urlsByOldPath is null || urlsByOldPath.Count == 0) return url;
        var (path, suffix) = SplitSuffix(url);
        return urlsByOldPath.TryGetValue(OldPath.Normalize(SitePath.Decode(path)), out var postUrl) ? postUrl + Fragment(suffix) : url;
    }

    /// <summary>Neither a URL with a scheme (<c>https:</c>, <c>mailto:</c>) nor a site path, a fragment or a query of its own.</summary>
    public static bool IsRelativePath(string url) =>
        url.Length > 0 && url[0] is not ('/' or '#' or '?') && !HasScheme(url);

    /// <summary>Starts with a URL scheme: <c>https:</c>, <c>mailto:</c>, <c>javascript:</c>.</summary>
    public static bool HasScheme(string url) => SchemePattern().IsMatch(url);

    /// <summary>A link that leaves the site: it gets <c>rel="noopener"</c>.</summary>
    public static bool IsExternal(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>
    /// A URL without a scheme with each backslash of its path read as browsers read it, as <c>/</c>: written
    /// <c>\\host\x.png</c> or <c>/\host/x.png</c>, it leads to another host, and is told from a site path so.
    /// </summary>
    private static string AsBrowsersRead(string url)
    {
        if (HasScheme(url)) return url;
        var (path, suffix) = SplitSuffix(url);
        return path.Contains('\\', StringComparison.Ordinal) ? path.Replace('\\', '/') + suffix : url;
    }

    private static (string Path, string Suffix) SplitSuffix(string url)
    {
        var at = url.IndexOfAny(['?', '#']);
        return at < 0 ? (url, "") : (url[..at], url[at..]);
    }

    private static string Fragment(string suffix) => suffix.StartsWith('#') ? suffix : "";

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.\-]*:")]
    private static partial Regex SchemePattern();
}
