namespace Site.Content.Search;

/// <summary>A word of a body the query matched: its place among the body's words, and the index's term for it.</summary>
public readonly record struct BodyMatch(int Word, int Term);
