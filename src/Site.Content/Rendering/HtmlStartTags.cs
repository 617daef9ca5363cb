namespace Site.Content.Rendering;

/// <summary>An attribute of a start tag: its name (lower case) and where its value is in the HTML (quotes left out).</summary>
internal sealed record HtmlAttribute(string Name, int ValueStart, int ValueEnd, bool Quoted);

/// <summary>A start tag: its name (lower case), attributes, where it starts and where the character after it is.</summary>
internal readonly record struct HtmlStartTag(string Name, List<HtmlAttribute> Attributes, int Start, int End, bool SelfClosing);

/// <summary>
/// The start tags of some HTML, in order, found as a browser's tokenizer finds them: a <c>&lt;</c> inside an attribute
/// value, a comment, or the text of <c>script</c>, <c>style</c>, <c>textarea</c> and <c>title</c> starts no tag.
/// </summary>
internal static class HtmlStartTags
{
    /// <summary>Elements whose text holds no tags, whatever it says.</summary>
    private static readonly string[] TextOnly = ["script", "style", "textarea", "title"];

    public static IEnumerable<HtmlStartTag> Of(string html)
    {
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0)
        {
            if (string.CompareOrdinal(html, position, "<!--", 0, 4) == 0)
            {
                position = CommentEnd(html, position) is var end and >= 0 ? end : html.Length;
                continue;
            }
            if (position + 1 >= html.Length || !char.IsAsciiLetter(html[position + 1]))
            {
                position++;
                continue;
            }
            var (name, attributes, tagEnd, selfClosing) = Read(html, position);
            yield return new HtmlStartTag(name, attributes, position, tagEnd, selfClosing);
            position = TextOnly.Contains(name) ? SkipText(html, tagEnd, name) : tagEnd;
        }
    }

    /// <summary>
    /// Where the comment opened at <paramref name="start"/> (<c>&lt;!--</c>) ends, the character after it; -1 when it is
    /// never closed. As a browser reads it: <c>--&gt;</c> or <c>--!&gt;</c> closes it, and so does <c>&lt;!--&gt;</c> or
    /// <c>&lt;!---&gt;</c> at once.
    /// </summary>
    public static int CommentEnd(string html, int start)
    {
        var inside = start + 4;
        if (string.CompareOrdinal(html, inside, ">", 0, 1) == 0) return inside + 1;
        if (string.CompareOrdinal(html, inside, "->", 0, 2) == 0) return inside + 2;
        var closed = html.IndexOf("-->", inside, StringComparison.Ordinal);
        var bang = html.IndexOf("--!>", inside, StringComparison.Ordinal);
        return (closed, bang) switch
        {
            (< 0, < 0) => -1,
            (< 0, _) => bang + 4,
            (_, < 0) => closed + 3,
            _ => closed < bang ? closed + 3 : bang + 4,
        };
    }

    /// <summary>Reads <c>&lt;name attr="value" ...&gt;</c> from <paramref name="start"/> by the HTML tokenizer's rules for attributes.</summary>
    private static (string Name, List<HtmlAttribute> Attributes, int End, bool SelfClosing) Read(string html, int start)
    {
        var i = start + 1;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '/')) i++;
        var name = html[(start + 1)..i].ToLowerInvariant();
        var attributes = new List<HtmlAttribute>();
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/' && (i + 1 >= html.Length || html[i + 1] != '>'))) i++;
            if (i >= html.Length) break;
            if (html[i] == '>') return (name, attributes, i + 1, false);
            if (html[i] == '/') return (name, attributes, i + 2, true);

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('>' or '/' or '=')) i++;
            var attributeName = html[nameStart..i].ToLowerInvariant();
            var afterName = i;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=')
            {
                i = afterName;
                attributes.Add(new HtmlAttribute(attributeName, afterName, afterName, Quoted: false));
                continue;
            }
            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var quote = html[i];
                var close = html.IndexOf(quote, i + 1);
                if (close < 0) close = html.Length;
                attributes.Add(new HtmlAttribute(attributeName, i + 1, close, Quoted: true));
                i = Math.Min(close + 1, html.Length);
            }
            else
            {
                var valueStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
                attributes.Add(new HtmlAttribute(attributeName, valueStart, i, Quoted: false));
            }
        }
        return (name, attributes, html.Length, false);
    }

    private static int SkipText(string html, int from, string tagName)
    {
        var end = html.IndexOf("</" + tagName, from, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html.Length : end;
    }

}
