namespace Site.Content.Routing;

/// <summary>
/// One kind of address the site serves: a fixed path (<c>/archive</c>) or a template with one parameter in its last
/// segment (<c>/posts/{slug}</c>, <c>/categories/{slug}/feed.xml</c>). A listing's later pages are at its address
/// followed by <c>/page/{n}</c> (<c>/categories/talks/page/2</c>, and <c>/page/2</c> for the home page): paths, so that a
/// static copy of the site has a file for each.
/// </summary>
public sealed class SiteRoute
{
    private readonly string _prefix;
    private readonly string _suffix;

    /// <param name="template">The path, with at most one <c>{parameter}</c>.</param>
    /// <param name="inSitemap">Its addresses are pages for readers, which the sitemap lists.</param>
    /// <param name="developmentOnly">Mapped only while an author writes (<c>dotnet run</c>).</param>
    /// <param name="paged">Its addresses are listings, whose later pages are at <see cref="PagedTemplate"/>.</param>
    /// <param name="needsServer">
    /// Only a running server can answer it (a health probe; search, which reads the query): a static copy of the site
    /// leaves it out, and says so.
    /// </param>
    public SiteRoute(string template, bool inSitemap = false, bool developmentOnly = false, bool paged = false, bool needsServer = false)
    {
        Template = template;
        InSitemap = inSitemap;
        DevelopmentOnly = developmentOnly;
        NeedsServer = needsServer;
        var open = template.IndexOf('{', StringComparison.Ordinal);
        HasParameter = open >= 0;
        _prefix = HasParameter ? template[..open] : template;
        _suffix = HasParameter ? template[(template.IndexOf('}', open) + 1)..] : "";
        PagedTemplate = paged ? ListingPage.Of(template, PageParameter) : null;
        var first = (PagedTemplate ?? template).TrimStart('/').Split('/')[0];
        ReservedSegment = first.Length > 0 && !first.Contains('{', StringComparison.Ordinal) ? first : null;
    }

    /// <summary>The page number's parameter in <see cref="PagedTemplate"/> (not <c>page</c>, which Razor Pages uses for the page's own name).</summary>
    public const string PageParameter = "{number}";

    /// <summary>As ASP.NET routes it: <c>/posts/{slug}</c>.</summary>
    public string Template { get; }

    public bool InSitemap { get; }

    public bool DevelopmentOnly { get; }

    public bool NeedsServer { get; }

    /// <summary>Where a listing's later pages are, as ASP.NET routes them (<c>/categories/{slug}/page/{number}</c>); null for a route that is no listing.</summary>
    public string? PagedTemplate { get; }

    public bool Paged => PagedTemplate is not null;

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
