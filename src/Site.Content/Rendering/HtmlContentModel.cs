namespace Site.Content.Rendering;

/// <summary>How kramdown reads what an HTML element holds, when it reads it at all.</summary>
public enum HtmlContent
{
    /// <summary>Kept as written.</summary>
    Raw,

    /// <summary>Read as Markdown blocks: paragraphs, lists, headings.</summary>
    Block,

    /// <summary>Read as Markdown text: emphasis, links, code, with no paragraph around it.</summary>
    Span,
}

/// <summary>
/// kramdown's content model of HTML elements: what <c>markdown="1"</c>, and <c>parse_block_html</c> for every block
/// element, read an element's inside as. Elements that need children Markdown cannot write (tables, lists) and those
/// whose text is verbatim (<c>pre</c>, <c>script</c>) stay raw, as does any element kramdown does not know.
/// </summary>
public static class HtmlContentModel
{
    private static readonly HashSet<string> BlockContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "applet", "article", "aside", "blockquote", "body", "dd", "details", "div", "dl", "fieldset", "figure",
        "figcaption", "footer", "form", "header", "hgroup", "iframe", "li", "main", "map", "menu", "nav", "noscript", "object",
        "section", "summary", "td",
    };

    private static readonly HashSet<string> SpanContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "caption", "del", "dfn", "dt", "em", "h1", "h2", "h3",
        "h4", "h5", "h6", "i", "ins", "label", "legend", "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "select",
        "small", "span", "strong", "sub", "sup", "th", "tt",
    };

    /// <summary>Elements that stand in a line of text: kramdown reads a line opening with one as a paragraph, not as an HTML block.</summary>
    private static readonly HashSet<string> SpanElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img", "input",
        "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp", "select", "small", "span",
        "strong", "sub", "sup", "textarea", "tt", "var",
    };

    /// <summary>What the element's inside is read as by default.</summary>
    public static HtmlContent Of(string element) =>
        BlockContent.Contains(element) ? HtmlContent.Block : SpanContent.Contains(element) ? HtmlContent.Span : HtmlContent.Raw;

    /// <summary>
    /// What a <c>markdown</c> attribute's value asks for: <c>0</c> raw, <c>block</c>, <c>span</c>, and <c>1</c> the
    /// element's own model, block for an element that has none (a <c>&lt;ul markdown="1"&gt;</c> is read, as authors
    /// mean it); null for a value kramdown ignores.
    /// </summary>
    public static HtmlContent? Asked(string value, string element) => value.ToLowerInvariant() switch
    {
        "0" => HtmlContent.Raw,
        "block" => HtmlContent.Block,
        "span" => HtmlContent.Span,
        "1" => Of(element) == HtmlContent.Span ? HtmlContent.Span : HtmlContent.Block,
        _ => null,
    };

    /// <summary>Whether a line that opens with the element is text (a paragraph), not an HTML block.</summary>
    public static bool IsSpanElement(string element) => SpanElements.Contains(element);
}
