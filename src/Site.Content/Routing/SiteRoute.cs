namespace Site.Content.Routing;

/// <summary>
/// One kind of address the site serves: a fixed path (<c>/archive</c>) or a template with one parameter in its last
/// segment (<c>/posts/{slug}</c>, <c>/categories/{slug}/feed.xml</c>).
/// </summary>
public sealed class SiteRoute
{
    private readonly string _prefix;
    private readonly string _suffix;

    /// <param name="template">The path, with at most one <c>{parameter}</c>.</param>
    /// <param name="inSitemap">Its addresses are pages for readers, which the sitemap lists.</param>
    /// <param name="developmentOnly">Mapped only while an author writes (<c>dotnet run</c>).</param>
    public SiteRoute(string template, bool inSitemap = false, bool developmentOnly = false)
    {
        Template = template;
        InSitemap = inSitemap;
        DevelopmentOnly = developmentOnly;
        var open = template.IndexOf('{', StringComparison.Ordinal);
        HasParameter = open >= 0;
        _prefix = HasParameter ? template[..open] : template;
        _suffix = HasParameter ? template[(template.IndexOf('}', open) + 1)..] : "";
        var first = template.TrimStart('/').Split('/')[0];
        ReservedSegment = first.Length > 0 && !first.Contains('{', StringComparison.Ordinal) ? first : null;
    }

    /// <summary>As ASP.NET routes it: <c>/posts/{slug}</c>.</summary>
    public string Template { get; }

    public bool InSitemap { get; }

    public bool DevelopmentOnly { get; }

    public bool HasParameter { get; }

    /// <summary>The first segment of its addresses when that is fixed (<c>archive</c>): no page may take it as its slug.</summary>
    public string? ReservedSegment { get; }

    /// <summary>The address of a route without a parameter.</summary>
    public string Path => HasParameter ? throw new InvalidOperationException($"{Template} needs a value: use For") : Template;

    /// <summary>The address for a value of the parameter: <c>/posts/{slug}</c> for <c>x</c> gives <c>/posts/x</c>.</summary>
    public string For(string value) =>
        HasParameter ? _prefix + value + _suffix : throw new InvalidOperationException($"{Template} takes no value: use Path");

    /// <summary>Whether <paramref name="canonicalPath"/> is one of this route's addresses, and which value it holds.</summary>
    public bool TryMatch(string canonicalPath, out string value)
    {
        value = "";
        if (!HasParameter) return canonicalPath == Template;
        if (canonicalPath.Length <= _prefix.Length + _suffix.Length
            || !canonicalPath.StartsWith(_prefix, StringComparison.Ordinal)
            || !canonicalPath.EndsWith(_suffix, StringComparison.Ordinal)) return false;
        value = canonicalPath[_prefix.Length..^_suffix.Length];
        return !value.Contains('/', StringComparison.Ordinal);
    }

    public override string ToString() => Template;
}
