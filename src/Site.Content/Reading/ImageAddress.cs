namespace Site.Content.Reading;

/// <summary>
/// What the front matter may name as an image, or as the folder images start in: a path (of the site, or beside the
/// post) or a valid <c>http(s)</c> URL (<c>//host/x</c> taken as <c>https:</c>). Whatever it names lands in
/// <c>og:image</c>, JSON-LD and <c>&lt;img src&gt;</c>, so anything else is none: another scheme (<c>javascript:</c>,
/// <c>data:</c>), a URL with a space, and a path with a backslash, which browsers read as <c>/</c> (<c>\\host\x.png</c>,
/// <c>/\host</c> lead to another host, and a URL made absolute turns <c>\\host</c> into <c>file://host</c>).
/// </summary>
public static class ImageAddress
{
    /// <summary>The address as the site writes it (<c>//host/x</c> as <c>https://host/x</c>); null when it is none.</summary>
    public static string? Of(string written)
    {
        var address = written.StartsWith("//", StringComparison.Ordinal) ? "https:" + written : written;
        if (address.Contains('\\', StringComparison.Ordinal)) return null;
        if (!address.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !address.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return LinkResolver.HasScheme(address) ? null : address;
        return !address.Any(char.IsWhiteSpace) && Uri.TryCreate(address, UriKind.Absolute, out var url) && url.Host.Length > 0 ? address : null;
    }
}
