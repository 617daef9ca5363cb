namespace Site.Content.Routing;

/// <summary>How the site reads and compares the paths of its own addresses.</summary>
public static class SitePath
{
    /// <summary>How the site compares its own page paths: NFC, lower case, no trailing slash.</summary>
    public static string Canonical(string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        return (trimmed.Length == 0 ? "/" : trimmed).Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>A path on this site (<c>/posts/x</c>), not a protocol-relative URL (<c>//host/x</c>).</summary>
    public static bool IsSitePath(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>The decoded path of a site URL, without its query and fragment: <c>/posts/donn%C3%A9es#x</c> gives <c>/posts/données</c>.</summary>
    public static string PathOf(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return Decode(end < 0 ? url : url[..end]);
    }

    /// <summary>A decoded site path as a URL, each segment percent-encoded: <c>/img/my photo.png</c> gives <c>/img/my%20photo.png</c>.</summary>
    public static string Encode(string decodedPath) => string.Join('/', decodedPath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>Percent-decoding that leaves malformed text as it is.</summary>
    public static string Decode(string text)
    {
        try { return Uri.UnescapeDataString(text); }
        catch (UriFormatException) { return text; }
    }
}
