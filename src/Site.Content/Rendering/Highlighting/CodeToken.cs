namespace Site.Content.Rendering.Highlighting;

/// <summary>A piece of a line of code and its Pygments class (null: plain text).</summary>
internal readonly record struct CodeToken(string Text, string? Class);
