using YamlDotNet.RepresentationModel;

namespace Site.Content.Rendering.Liquid;

/// <summary>
/// Liquid's <c>site.*</c> for one catalog, as Jekyll makes it: every plain key of <c>_config.yml</c>
/// (<c>site.repository</c>, <c>site.social.github</c>), then what the site itself knows, which wins over a key of the
/// same name (but a mapping the setting was read from, <c>author: {name: Ada}</c>): its settings (<c>title</c>,
/// <c>url</c>, <c>baseurl</c>...), <c>time</c> (when the catalog was built), <c>posts</c> (newest first), <c>pages</c>,
/// and <c>categories</c> and <c>tags</c> (each name's posts, newest first). The last four are <see cref="Lazy{T}"/>,
/// made when a post first reads them (<see cref="LiquidSite"/>): most posts' Liquid never lists the site's posts.
/// </summary>
internal static class SiteVariables
{
    /// <param name="config"><c>_config.yml</c>'s values (<see cref="JekyllConfig.Values"/>).</param>
    /// <param name="settings">The site's settings by Jekyll's names (<see cref="CatalogSource.Site"/>).</param>
    /// <param name="time">When the catalog was built, in the site's time zone.</param>
    /// <param name="posts">The posts visible when the catalog was built, newest first.</param>
    /// <param name="pages">The pages, each its <c>page.*</c> (<see cref="LiquidPage"/>).</param>
    public static Dictionary<string, object?> Of(IReadOnlyDictionary<string, YamlNode> config, IReadOnlyDictionary<string, object?> settings,
        DateTimeOffset time, Func<IReadOnlyList<ListedPost>> posts, Func<IReadOnlyList<IReadOnlyDictionary<string, object?>>> pages)
    {
        var listed = new Lazy<IReadOnlyList<ListedPost>>(posts);
        var site = config.ToDictionary(pair => pair.Key, pair => YamlValues.Of(pair.Value), StringComparer.Ordinal);
        site["time"] = time;
        site["posts"] = new Lazy<object?>(() => listed.Value.Select(post => post.Page).ToList());
        site["pages"] = new Lazy<object?>(() => pages().ToList());
        site["categories"] = new Lazy<object?>(() => ByName(listed.Value, post => post.Categories));
        site["tags"] = new Lazy<object?>(() => ByName(listed.Value, post => post.Tags));
        foreach (var (key, value) in settings)
        {
            // jekyll-seo-tag's `author: {name: Ada, ...}` is where the author setting came from: the mapping stays whole,
            // for the site.author.name and site.author.email that Jekyll themes and posts read.
            if (site.GetValueOrDefault(key) is IReadOnlyDictionary<string, object?> written && Equals(written.GetValueOrDefault("name"), value)) continue;
            site[key] = value;
        }
        return site;
    }

    /// <summary>Each name (as written, as Jekyll keys them) with its posts, in the order of <paramref name="posts"/>.</summary>
    private static Dictionary<string, object?> ByName(IReadOnlyList<ListedPost> posts, Func<ListedPost, IReadOnlyList<string>> names) =>
        posts.SelectMany(post => names(post).Distinct(StringComparer.Ordinal).Select(name => (Name: name, post.Page)))
            .GroupBy(filed => filed.Name, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => (object?)group.Select(filed => filed.Page).ToList(), StringComparer.Ordinal);
}

/// <summary>A post as <c>site.posts</c> lists it: its <c>page.*</c> (<see cref="LiquidPage"/>), and the names it is filed under.</summary>
internal sealed record ListedPost(IReadOnlyDictionary<string, object?> Page, IReadOnlyList<string> Categories, IReadOnlyList<string> Tags);
