namespace Site.Content;

/// <summary>A published post or page, parsed and rendered once when the catalog is built.</summary>
public sealed record Post
{
    /// <summary>The file's path relative to the posts folder, with '/' separators.</summary>
    public required string SourcePath { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public PostLayout Layout { get; init; }
    public YearRange? Range { get; init; }
    public DateTimeOffset? Date { get; init; }
    public IReadOnlyList<Term> Categories { get; init; } = [];
    public IReadOnlyList<Term> Tags { get; init; } = [];
    /// <summary>The preview image as a URL or a site path (relative paths already resolved).</summary>
    public string? Image { get; init; }
    /// <summary>The preview image as pages show it, when it is a local image whose size is known; null otherwise.</summary>
    public ResponsiveImage? Preview { get; init; }
    /// <summary>
    /// The preview image as the post is shared (link previews, structured data): its widest variant in the file's own
    /// format, as preview services take an image whole and refuse one of many megabytes; else <see cref="Image"/>.
    /// </summary>
    public string? SharedImage => Preview?.Src ?? Image;
    /// <summary>The local images the post shows (its preview and body) that have variants, which the site makes.</summary>
    public IReadOnlyList<ResponsiveImage> Pictures { get; init; } = [];
    public required string Summary { get; init; }
    public required BodyHtml Body { get; init; }

    /// <summary>The body's HTML, finished (code highlighted, math typeset) the first time it is asked for.</summary>
    public string Html => Body.Html;
    /// <summary>Old addresses that answer 301 here (<c>redirect_from</c> and Jekyll's URLs), decoded, as <see cref="OldPath"/> compares them.</summary>
    public IReadOnlyList<string> OldUrls { get; init; } = [];
    /// <summary>Every field of the front matter as written, as plain values (<see cref="FrontMatter.Fields"/>).</summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();
    /// <summary>The links and images of the body, and the front matter's <c>image</c>, resolved, with where each is written.</summary>
    public IReadOnlyList<BodyLink> Links { get; init; } = [];

    /// <summary>An unpublished post shown only in a drafts preview: never in feeds or the sitemap.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Minutes to read the body, at 230 words a minute; at least 1.</summary>
    public int ReadingMinutes { get; init; } = 1;

    public string Url => UrlOf(Layout, Slug);

    /// <summary>
    /// How long a slug may be: a file name's (at most 255 bytes) always fits, and even written in a script that
    /// percent-encodes to 9 bytes a character, the address stays well under what servers and proxies take (8 KB).
    /// </summary>
    public const int MaxSlugLength = 255;

    /// <summary>A page is served at <c>/{slug}</c>, a post at <c>/posts/{slug}</c>.</summary>
    public static string UrlOf(PostLayout layout, string slug) => (layout == PostLayout.Page ? SiteRoutes.Page : SiteRoutes.Post).For(slug);

    /// <summary>The years the post belongs to in the archive: its range, else the year of its date, else none.</summary>
    public YearRange? Years => Range ?? (Date is { } date ? new YearRange(date.Year, date.Year) : null);

    /// <summary>A post dated after <paramref name="now"/> stays hidden until then.</summary>
    public bool IsVisibleAt(DateTimeOffset now) => IsVisibleAt(Date, now);

    /// <summary>Whether a post with this date is visible at <paramref name="now"/>, before the post is made.</summary>
    public static bool IsVisibleAt(DateTimeOffset? date, DateTimeOffset now) => date is not { } dated || dated <= now;

    /// <summary>What listings sort by: the date, else 1 January of the range's last year.</summary>
    public DateTimeOffset SortDate => SortDateOf(Date, Range);

    /// <summary>The <see cref="SortDate"/> of a post with this date and range, before the post is made (Liquid's <c>site.posts</c>).</summary>
    public static DateTimeOffset SortDateOf(DateTimeOffset? date, YearRange? range) =>
        date ?? (range is { } years ? new DateTimeOffset(years.End, 1, 1, 0, 0, 0, TimeSpan.Zero) : DateTimeOffset.MinValue);

    /// <summary>
    /// Posts are told apart by identity: each is one file's post, made once per build. A record's equality would compare
    /// (and hash) every field, the whole HTML among them, wherever a post is a key or is looked for in a list.
    /// </summary>
    public bool Equals(Post? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>Newest first; ties by title, then slug.</summary>
    public static readonly IComparer<Post> ListingOrder = Comparer<Post>.Create((a, b) => CompareForListing((a.SortDate, a.Title, a.Slug), (b.SortDate, b.Title, b.Slug)));

    /// <summary><see cref="ListingOrder"/> by what it reads, for posts not yet made.</summary>
    public static int CompareForListing((DateTimeOffset SortDate, string Title, string Slug) a, (DateTimeOffset SortDate, string Title, string Slug) b)
    {
        var byDate = b.SortDate.CompareTo(a.SortDate);
        if (byDate != 0) return byDate;
        var byTitle = string.Compare(a.Title, b.Title, StringComparison.OrdinalIgnoreCase);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.Slug, b.Slug);
    }
}
