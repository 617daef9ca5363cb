namespace Site.Content.Catalog;

/// <summary>Where and how to read the posts.</summary>
/// <param name="PostsPath">The posts folder.</param>
/// <param name="Files">The site's static files, which old URLs may not claim and local links and images are checked against; null when unknown, which leaves links to files unchecked.</param>
/// <param name="TimeZone">What "now", "the current year" and a date without a time mean.</param>
/// <param name="MaxPostBytes">Larger files are reported and skipped.</param>
/// <param name="Site">
/// Liquid's <c>site.*</c> from the site's settings: plain values by name (<c>title</c>, <c>url</c>, the site's public
/// address, <c>baseurl</c>...), which win over keys of the posts folder's <c>_config.yml</c> (<see cref="SiteVariables"/>);
/// null for none.
/// </param>
/// <param name="IncludeDrafts">Render unpublished posts too, marked as drafts, for an author previewing them.</param>
/// <param name="MaxParseMilliseconds">A file whose reading or rendering takes longer is reported and skipped.</param>
/// <param name="Typography">Curly quotes, dashes and ellipses in bodies, titles and summaries, as kramdown makes them.</param>
/// <param name="Permalink">The old site's permalink style or pattern (Jekyll's): each post answers at its address under it.</param>
/// <param name="ExcerptSeparator">What ends a post's summary in its body, unless the post names its own.</param>
/// <param name="BasePath">
/// The path the site is served under (<c>/blog</c>, from <see cref="SitePath.BaseOf"/>; empty at its host's root): the
/// site paths of bodies are written under it, and a link an author already wrote under it names the site path below.
/// </param>
/// <param name="Images">The local images posts show, with their sizes; null to leave images as written.</param>
public sealed record CatalogSource(
    string PostsPath,
    StaticFiles? Files,
    TimeZoneInfo TimeZone,
    long MaxPostBytes = CatalogSource.DefaultMaxPostBytes,
    IReadOnlyDictionary<string, object?>? Site = null,
    bool IncludeDrafts = false,
    int MaxParseMilliseconds = CatalogSource.DefaultMaxParseMilliseconds,
    bool Typography = true,
    string Permalink = JekyllUrls.DefaultStyle,
    string ExcerptSeparator = BodyContext.DefaultExcerptSeparator,
    string BasePath = "",
    IImageFiles? Images = null)
{
    public const long DefaultMaxPostBytes = 5 * 1024 * 1024;

    /// <summary>
    /// A post of the maximum size, shaped like the seed post, reads and renders in well under a second on a small host;
    /// the limit only has to stop input written to make a parser go quadratic.
    /// </summary>
    public const int DefaultMaxParseMilliseconds = 5000;
}
