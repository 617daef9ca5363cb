namespace Site.Content.Tests.Rendering.Liquid;

/// <summary>Runs a body's Liquid (<see cref="LiquidStage"/>) or the whole pipeline on a small site: three posts, a site URL, and an optional includes folder.</summary>
internal static class LiquidBody
{
    private static readonly Dictionary<string, string> PostUrls = new()
    {
        ["2023-01-01-x.md"] = "/posts/x",
        ["2022-05-05-y.markdown"] = "/posts/y",
        ["about.md"] = "/about",
    };

    public static readonly LinkResolver Resolver = new(PostUrls);

    /// <summary>The three posts' links on a site served under <paramref name="basePath"/> (<c>/al-folio</c>).</summary>
    public static LinkResolver ResolverUnder(string basePath) => new(PostUrls, basePath: basePath);

    public static LiquidSite Site(string? includesPath = null, Dictionary<string, object?>? variables = null, int maxParseMilliseconds = CatalogSource.DefaultMaxParseMilliseconds, TimeZoneInfo? zone = null) =>
        new(() => variables ?? new Dictionary<string, object?> { ["title"] = "Notes & Sketches", ["url"] = "https://example.org", ["baseurl"] = "" },
            includesPath is null ? IncludeFolder.None : new IncludeFolder(includesPath, CatalogSource.DefaultMaxPostBytes),
            zone ?? TimeZoneInfo.Utc, LiquidLimits.For(maxParseMilliseconds, CatalogSource.DefaultMaxPostBytes));

    public static (string Output, IReadOnlyList<BodyProblem> Problems) Run(
        string markdown, LiquidSite? site = null, Dictionary<string, object?>? page = null, int firstLine = 1)
    {
        var context = new BodyContext(Resolver, firstLine, liquid: site ?? Site(), page: page is null ? null : () => page);
        return (new LiquidStage().Rewrite(markdown, context), context.Problems);
    }

    /// <summary>The output, asserting that Liquid reported nothing.</summary>
    public static string Output(string markdown, LiquidSite? site = null, Dictionary<string, object?>? page = null)
    {
        var (output, problems) = Run(markdown, site, page);
        Assert.Empty(problems);
        return output;
    }

    public static string Html(string markdown, LiquidSite? site = null, LinkResolver? resolver = null) =>
        BodyPipeline.Default.Render(markdown, new BodyContext(resolver ?? Resolver, liquid: site ?? Site())).Html;
}
