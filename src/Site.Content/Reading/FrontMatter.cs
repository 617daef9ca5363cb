namespace Site.Content.Reading;

/// <summary>The fields of a post's front matter, read and checked, before the body is rendered.</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }
    public PostLayout Layout { get; init; } = PostLayout.Post;
    public YearRange? Range { get; init; }
    public DateTimeOffset? Date { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool Published { get; init; } = true;
    public string? Image { get; init; }
    /// <summary>Where <see cref="Image"/> is written in the file, to report it when it leads nowhere.</summary>
    public (int Line, int Column)? ImageAt { get; init; }
    public string? Description { get; init; }
    public string? Slug { get; init; }
    /// <summary>Old addresses: <c>redirect_from</c>, and Hugo's <c>aliases</c>.</summary>
    public IReadOnlyList<string> RedirectFrom { get; init; } = [];

    /// <summary>The post's URL on the old site, in Jekyll's syntax (placeholders allowed).</summary>
    public string? Permalink { get; init; }

    /// <summary>Where each of <see cref="RedirectFrom"/> and <see cref="Permalink"/> is written in the file, to report one the site cannot take.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> OldAddressesAt { get; init; } = new Dictionary<string, (int Line, int Column)>();

    /// <summary>What ends the summary in the body, as Jekyll's <c>excerpt_separator</c>; null for <c>&lt;!--more--&gt;</c>.</summary>
    public string? ExcerptSeparator { get; init; }

    /// <summary>
    /// Where the post's relative image, video and audio paths start: Chirpy's <c>media_subpath</c> (<c>img_path</c>
    /// before its version 7); null for the post's folder.
    /// </summary>
    public string? MediaPath { get; init; }

    /// <summary>Whether the post's theme typesets <c>$...$</c> as math for it (<see cref="MathFlags"/>).</summary>
    public bool DollarMath { get; init; }

    /// <summary>Jekyll's <c>render_with_liquid: false</c>: the body's Liquid is text (a post about Liquid shows it as written).</summary>
    public bool RendersLiquid { get; init; } = true;

    /// <summary>
    /// Every field as written, known or not, as plain values (text, true/false, numbers, lists, dictionaries): what
    /// Liquid's <c>page.*</c> shows, and what a theme may read.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Fields { get; init; } = new Dictionary<string, object?>();

    /// <summary>Every field name this site reads; anything else is kept, in <see cref="Fields"/>, and otherwise ignored.</summary>
    public static readonly IReadOnlySet<string> KnownFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "layout", "range", "date", "category", "categories", "tags", "published", "draft",
        "image", "description", "excerpt", "excerpt_separator", "slug", "redirect_from", "aliases", "permalink",
    };
}
