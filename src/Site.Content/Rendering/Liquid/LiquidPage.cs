namespace Site.Content.Rendering.Liquid;

/// <summary>
/// A post's <c>page.*</c> for Liquid: every field of its front matter as written (lists and dictionaries too), then what
/// the site settled, as Jekyll gives them: <c>title</c>, <c>date</c> (given in the site's time zone; none without one),
/// <c>url</c>, <c>slug</c>, <c>categories</c> and <c>tags</c> (lists of names, <c>category</c> counted), <c>layout</c>
/// (<c>post</c> or <c>page</c>) and <c>path</c> (the file, from the posts folder).
/// </summary>
public static class LiquidPage
{
    public static Dictionary<string, object?> Of(FrontMatter frontMatter, string relativePath, string url, string slug, DateTimeOffset? date) =>
        new(frontMatter.Fields, StringComparer.Ordinal)
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
}
