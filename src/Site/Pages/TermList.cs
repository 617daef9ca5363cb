namespace Site.Pages;

/// <summary>A list of categories or tags with their counts, each linking to its page by <paramref name="Route"/>.</summary>
public sealed record TermList(IReadOnlyList<Taxonomy> Terms, SiteRoute Route);
