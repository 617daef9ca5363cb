namespace Site.Content.Rendering;

/// <summary>A link or image in a post's body, after resolution, with where the author wrote it (line and column in the file).</summary>
public sealed record BodyLink(string Url, bool IsImage, int Line, int Column);
