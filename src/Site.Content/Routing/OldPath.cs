using System.Text;

namespace Site.Content.Routing;

/// <summary>
/// The form in which old addresses are compared: decoded, Unicode NFC, no trailing slash (but "/"), and a folder's
/// <c>index.html</c> the folder itself (<c>/talks/keynote/index.html</c> is <c>/talks/keynote</c>, the file a static
/// host served there).
/// </summary>
public static class OldPath
{
    private const string Index = "index.html";

    public static string Normalize(string decodedPath)
    {
        var path = decodedPath.Normalize(NormalizationForm.FormC);
        if (!path.StartsWith('/')) path = "/" + path;
        if (path.EndsWith("/" + Index, StringComparison.Ordinal)) path = path[..^Index.Length];
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    /// <summary>
    /// Each address at which Jekyll's output answered for <paramref name="decodedPath"/>, normalized: itself; without
    /// <c>.html</c> (as GitHub Pages and most hosts answer); and with <c>.html</c> for one with no extension and no
    /// trailing slash, since Jekyll writes <c>/lab/notes</c> as the file <c>lab/notes.html</c>.
    /// </summary>
    public static IEnumerable<string> Forms(string decodedPath)
    {
        var path = Normalize(decodedPath);
        yield return path;
        if (path.EndsWith(".html", StringComparison.Ordinal)) yield return Normalize(path[..^".html".Length]);
        else if (!IsFolder(decodedPath) && path != "/" && !path[(path.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal))
            yield return path + ".html";
    }

    private static bool IsFolder(string path) => path.EndsWith('/') || path.EndsWith("/" + Index, StringComparison.Ordinal);
}
