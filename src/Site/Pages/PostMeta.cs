namespace Site.Pages;

/// <summary>The line under a post's title: its date and categories; on its own page also its reading time and tags.</summary>
public sealed record PostMeta(Post Post, bool OnItsPage);
