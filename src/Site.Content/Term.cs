namespace Site.Content;

/// <summary>A category or tag as the author named it, with its URL name.</summary>
public sealed record Term(string Name, string Slug)
{
    /// <summary>How long a category's or tag's URL name may be: longer ones are cut at a word, so that no link is refused as too long.</summary>
    public const int MaxSlugLength = 100;

    public static Term From(string name) => new(name, Content.Slug.Shorten(Content.Slug.From(name), MaxSlugLength));
}

/// <summary>A category or tag with its published posts, newest first.</summary>
public sealed record Taxonomy(Term Term, IReadOnlyList<Post> Posts);

/// <summary>A year of the archive with the posts whose years include it, newest first.</summary>
public sealed record ArchiveYear(int Year, IReadOnlyList<Post> Posts);
