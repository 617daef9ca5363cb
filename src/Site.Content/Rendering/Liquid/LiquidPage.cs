namespace Site.Content.Rendering.Liquid;

/// <summary>
/// A post's <c>page.*</c> for Liquid: every field of its front matter as written (lists and dictionaries too), then what
/// the site settled, as Jekyll gives them: <c>title</c>, <c>date</c> (given in the site's time zone; none without one),
/// <c>url</c>, <c>slug</c>, <c>categories</c> and <c>tags</c> (lists of names, <c>category</c> counted), <c>layout</c>
/// (<c>post</c> or <c>page</c>), <c>path</c> (the file, from the posts folder: <c>_posts/2020-01-07-my-post.md</c>),
/// and for a post <c>id</c> (Jekyll's, <c>/2020/01/07/my-post</c>) and <c>collection</c> (<c>posts</c>).
/// </summary>
public static class LiquidPage
{
    /// <param name="id">Jekyll's id of a post; null for a page, which has none in Jekyll.</param>
    public static Dictionary<string, object?> Of(FrontMatter frontMatter, string relativePath, string url, string slug, DateTimeOffset? date, string? id)
    {
        var page = new Dictionary<string, object?>(frontMatter.Fields, StringComparer.Ordinal)
        {
            ["title"] = frontMatter.Title,
            ["date"] = date,
            ["url"] = url,
            ["slug"] = slug,
            ["categories"] = frontMatter.Categories.ToList<object?>(),
            ["tags"] = frontMatter.Tags.ToList<object?>(),
            ["layout"] = frontMatter.Layout == PostLayout.Page ? "page" : "post",
            ["path"] = relativePath,
        };
        if (id is not null)
        {
            page["id"] = id;
            page["collection"] = "posts";
        }
        return page;
    }
}
