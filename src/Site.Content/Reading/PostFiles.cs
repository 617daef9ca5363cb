namespace Site.Content.Reading;

/// <summary>Which files are posts: <c>*.md</c> and <c>*.markdown</c>.</summary>
public static class PostFiles
{
    public static bool IsPostFile(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
}
