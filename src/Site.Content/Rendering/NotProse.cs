namespace Site.Content.Rendering;

/// <summary>
/// Elements whose content is no text a reader reads on the page, left out of summaries and of the text searched: code
/// (<c>script</c>, <c>style</c>), what shows only when something else cannot (<c>noscript</c>, <c>noembed</c>,
/// <c>object</c>'s fallback), templates, form controls' text (<c>textarea</c>, <c>select</c>'s options), and <c>xmp</c>'s
/// raw text.
/// </summary>
public static class NotProse
{
    public static readonly IReadOnlyList<string> Elements = ["script", "style", "template", "textarea", "noscript", "noembed", "select", "xmp", "object"];
}
