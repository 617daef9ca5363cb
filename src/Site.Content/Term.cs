namespace Site.Content;

/// <summary>A category or tag as the author named it, with its URL name.</summary>
public sealed record Term(string Name, string Slug)
{
    public static Term From(string name) => new(name, Content.Slug.From(name));
}

/// <summary>A category or tag with its published posts, newest first.</summary>
public sealed record Taxonomy(Term Term, IReadOnlyList<Post> Posts);

/// <summary>A year of the archive with the posts whose years include it, newest first.</summary>
public sealed record ArchiveYear(int Year, IReadOnlyList<Post> Posts);
