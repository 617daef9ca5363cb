using System.Net;

namespace Site.Content.Rendering;

/// <summary>
/// A kramdown attribute list on a raw HTML element, as kramdown puts one on the element it follows: written into the
/// element's start tag, its classes added to the tag's, its id and other attributes in place of the tag's.
/// </summary>
internal static class RawHtmlStartTag
{
    /// <summary>
    /// The HTML with the list's attributes in the start tag it opens with; as it is when it opens with something else
    /// (a comment, text) or the tag is never closed.
    /// </summary>
    public static string WithAttributes(string html, AttributeList list)
    {
        var opensAt = html.Length - html.AsSpan().TrimStart().Length;
        if (HtmlStartTags.Of(html).FirstOrDefault() is not { Name: not null } tag || tag.Start != opensAt || html[tag.End - 1] != '>') return html;

        var edits = new List<(int Start, int End, string Text)>();
        var insertAt = tag.End - (tag.SelfClosing ? 2 : 1);
        void Set(string name, string value, bool add)
        {
            if (tag.Attributes.FirstOrDefault(attribute => attribute.Name == name) is not { } written)
            {
                edits.Add((insertAt, insertAt, $" {name}=\"{RawHtmlRewriter.Encode(value)}\""));
                return;
            }
            // Always written again in double quotes: a value put between the author's single quotes could close them.
            var text = RawHtmlRewriter.Encode(add ? (WebUtility.HtmlDecode(html[written.ValueStart..written.ValueEnd]) + " " + value).Trim() : value);
            if (written.Quoted) edits.Add((written.ValueStart - 1, written.ValueEnd + 1, $"\"{text}\""));
            else if (written.ValueStart < written.ValueEnd || html.AsSpan(0, written.ValueStart).TrimEnd().EndsWith("=")) edits.Add((written.ValueStart, written.ValueEnd, $"\"{text}\""));
            else edits.Add((written.ValueStart, written.ValueEnd, $"=\"{text}\""));
        }

        if (list.Classes.Count > 0) Set("class", string.Join(' ', list.Classes), add: true);
        if (list.Id is not null) Set("id", list.Id, add: false);
        // A key written twice in the list: the last one holds, as on a Markdown element.
        foreach (var (key, value) in list.Attributes.GroupBy(pair => pair.Key).Select(same => same.Last())) Set(key, value, add: false);

        var output = html;
        // From the last edit back, so that the places of the others hold; added attributes keep the list's order.
        foreach (var (start, end, text) in edits.Select((edit, order) => (edit, order)).OrderByDescending(e => e.edit.Start).ThenByDescending(e => e.order).Select(e => e.edit))
            output = output[..start] + text + output[end..];
        return output;
    }
}
