using System.Text;

namespace Site.Content.Routing;

/// <summary>The form in which old addresses are compared: decoded, Unicode NFC, no trailing slash (but "/").</summary>
public static class OldPath
{
    public static string Normalize(string decodedPath)
    {
        var path = decodedPath.Normalize(NormalizationForm.FormC);
        if (!path.StartsWith('/')) path = "/" + path;
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }
}
