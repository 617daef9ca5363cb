namespace Site.Content.Rendering.Highlighting;

/// <summary>A piece of a line of code and its Pygments class (null: plain text).</summary>
public readonly record struct CodeToken(string Text, string? Class);
