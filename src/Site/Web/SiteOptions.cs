using System.ComponentModel.DataAnnotations;

namespace Site.Web;

/// <summary>The <c>Site</c> section of appsettings.json; each key can be overridden by an environment variable such as <c>Site__Title</c>.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    [Required] public string Title { get; set; } = "My site";
    public string Author { get; set; } = "";
    public string Description { get; set; } = "";

    public const string DefaultBaseUrl = "http://localhost:8080";

    /// <summary>
    /// The public address of the site, for absolute links (feeds, canonical URLs). Its path (<c>https://x.example/blog</c>)
    /// is where the site is served, every page, file and link under it (<see cref="BasePath"/>).
    /// </summary>
    [Url] public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Whether <see cref="BaseUrl"/> names the site's own address, not the default's placeholder (a method: validation reads every property, and an invalid URL would throw here).</summary>
    public bool HasBaseUrl() => new Uri(BaseUrl).GetLeftPart(UriPartial.Authority) != DefaultBaseUrl;

    /// <summary>The path of <see cref="BaseUrl"/> (<c>/blog</c>), percent-encoded, which the site is served under; empty for a site at its host's root.</summary>
    public string BasePath() => SitePath.BaseOf(new Uri(BaseUrl));

    /// <summary>
    /// Why <see cref="BaseUrl"/> will not do for a deployment (still the default, or not http/https), outside
    /// Development; null when it will. It is in every canonical link, the feeds, og:image and the sitemap.
    /// </summary>
    public string? BaseUrlProblem(IHostEnvironment environment)
    {
        if (environment.IsDevelopment()) return null;
        var uri = new Uri(BaseUrl);
        if (!HasBaseUrl())
            return $"Site:BaseUrl is still {DefaultBaseUrl}: canonical links, feeds, og:image and the sitemap point there; set Site__BaseUrl to the site's public address";
        return uri.Scheme is "http" or "https" ? null
            : $"Site:BaseUrl {BaseUrl} is not an http or https address: canonical links, feeds, og:image and the sitemap will not work in a browser";
    }

    /// <summary>The posts folder: absolute, or relative to the content root (the app's folder; the repository in Development).</summary>
    [Required] public string PostsPath { get; set; } = "posts";

    [Range(1, 1000)] public int PageSize { get; set; } = 10;

    /// <summary>An IANA time zone name: what "now", "the current year" and a date without a time mean.</summary>
    [Required] public string TimeZone { get; set; } = "UTC";

    [Range(1, long.MaxValue)] public long MaxPostBytes { get; set; } = CatalogSource.DefaultMaxPostBytes;

    /// <summary>In Development, how long the posts folder must stay quiet after a save before the site rebuilds: a burst of saves rebuilds once.</summary>
    [Range(0, 60_000)] public int ReloadQuietMilliseconds { get; set; } = 200;

    /// <summary>How long one post may take to read and render before it is reported and skipped.</summary>
    [Range(1, int.MaxValue)] public int MaxParseMilliseconds { get; set; } = CatalogSource.DefaultMaxParseMilliseconds;

    /// <summary>Reverse proxies whose <c>X-Forwarded-*</c> headers are believed: IP addresses or networks (<c>10.0.0.0/8</c>).</summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>What to do when the posts folder is missing or unreadable at startup.</summary>
    public MissingPostsFolder MissingPostsFolder { get; set; } = MissingPostsFolder.Exit;

    /// <summary>
    /// The old site's permalink, in Jekyll's syntax: a style (<c>date</c>, <c>pretty</c>, <c>ordinal</c>, <c>weekdate</c>,
    /// <c>none</c>) or a pattern (<c>/news/:year/:month/:day/:title/</c>). Each post's address under it answers 301 to the post.
    /// </summary>
    [Required] public string Permalink { get; set; } = JekyllUrls.DefaultStyle;

    /// <summary>
    /// What ends a post's summary in its body (Jekyll's <c>excerpt_separator</c>), unless the post names its own: a
    /// paragraph break (<c>"\n\n"</c>, Jekyll's default written out) is the first paragraph.
    /// </summary>
    [Required(AllowEmptyStrings = true)] public string ExcerptSeparator { get; set; } = BodyContext.DefaultExcerptSeparator;

    /// <summary>Curly quotes, dashes and ellipses in bodies, titles and summaries, as kramdown makes them.</summary>
    public bool Typography { get; set; } = true;

    /// <summary>
    /// Rebuild the catalog when the posts folder or wwwroot/ changes. Null: in Development only, where an author saves
    /// and looks; a deployment turns it on for a mounted posts folder, or sends SIGHUP.
    /// </summary>
    public bool? Watch { get; set; }

    /// <summary>Whether the site watches its content for changes, in <paramref name="environment"/>.</summary>
    public bool Watches(IHostEnvironment environment) => Watch ?? environment.IsDevelopment();

    /// <summary>Serve unpublished posts marked as drafts, to preview them. Development only.</summary>
    public bool ShowDrafts { get; set; }

    /// <summary>
    /// How long a stopping site lets responses under way finish: under <c>docker stop</c>'s 10 s, after which the
    /// container is killed. Responses still going then are cut, and the exit code says so.
    /// </summary>
    [Range(0, 300)] public int ShutdownTimeoutSeconds { get; set; } = 8;

    /// <summary>
    /// Where resized images are kept: a folder the site may write (the container's <c>/tmp</c>, or a volume that keeps
    /// them across restarts). Empty: <c>site-images</c> in the system's temporary folder. Relative: from the app's folder.
    /// </summary>
    public string CachePath { get; set; } = "";

    /// <summary>
    /// The most pixels an image may have and still be resized: decoding one takes 4 bytes a pixel (200 MB at the
    /// default 50 megapixels). A larger one is sent as it is, and refused from its header before anything is decoded.
    /// </summary>
    [Range(1, long.MaxValue)] public long MaxImagePixels { get; set; } = 50_000_000;

    /// <summary>How much one search query may ask of the index (<c>Site:Search:MaxWords</c> and the others).</summary>
    public SearchLimits Search { get; set; } = new();

    /// <summary>
    /// The most connections served at once; more are closed as they come. Null: 1,000, or fewer when the process may
    /// open fewer files (<see cref="ServerLimits"/>).
    /// </summary>
    [Range(1, 1_000_000)] public int? MaxConnections { get; set; }
}

/// <summary>What the site does when its posts folder is missing or unreadable at startup.</summary>
public enum MissingPostsFolder
{
    /// <summary>Log one line and exit with code 1: a mistyped path or a forgotten volume shows at deployment.</summary>
    Exit,

    /// <summary>Log one line and serve an empty site, with /healthz Degraded.</summary>
    Empty,
}
