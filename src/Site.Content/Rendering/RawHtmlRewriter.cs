using System.Net;
using System.Text;

namespace Site.Content.Rendering;

/// <summary>
/// Rewrites the raw HTML an author put in Markdown, touching only what the contract allows: the URLs of
/// <c>href</c>, <c>src</c>, <c>poster</c> and each candidate of <c>srcset</c> go through <paramref name="resolve"/>
/// (relative paths resolved) and are written as <paramref name="write"/> makes them (when given), and links that leave
/// the site get <c>rel="noopener"</c>. Every other character is copied as written, so elements, attributes and
/// <c>&amp;</c> in query strings survive. Each link met is added to <paramref name="links"/> when given, as resolved,
/// and each <c>&lt;img&gt;</c> without an <c>alt</c> attribute to <paramref name="problems"/> (<c>alt=""</c> says an
/// image is decoration, and is fine). The URLs of media (<c>img</c>, <c>video</c>, <c>audio</c> and <c>source</c>
/// <c>src</c>, <c>poster</c>, <c>srcset</c>) go through <paramref name="resolveMedia"/> when given.
/// </summary>
internal sealed class RawHtmlRewriter(
    Func<string, string> resolve, ICollection<BodyLink>? links, Func<string, string>? write = null, ICollection<BodyProblem>? problems = null,
    Func<string, string>? resolveMedia = null)
{
    /// <param name="line">The file line where <paramref name="html"/> starts, for the links it records.</param>
    /// <param name="column">The file column where <paramref name="html"/> starts.</param>
    public string Rewrite(string html, int line, int column)
    {
        // Made at the first change only: most tags (every closing one) are copied as they are.
        StringBuilder? output = null;
        var copiedUpTo = 0;
        foreach (var (tagName, attributes, position, tagEnd, selfClosing) in HtmlStartTags.Of(html))
        {
            if (tagName == "img" && problems is not null && !attributes.Any(a => a.Name == "alt"))
            {
                var (imageLine, imageColumn) = SourceText.PositionOf(html, position, line, column);
                var src = attributes.FirstOrDefault(a => a.Name == "src") is { } source ? WebUtility.HtmlDecode(html[source.ValueStart..source.ValueEnd]).Trim() : "";
                problems.Add(new BodyProblem($"image '{src}' has no alt text: describe it in alt=\"...\" (alt=\"\" for a decoration)", imageLine, imageColumn));
            }
            foreach (var attribute in attributes.Where(a => a.Name is "href" or "src" or "poster" or "srcset"))
            {
                var written = html[attribute.ValueStart..attribute.ValueEnd];
                var url = WebUtility.HtmlDecode(written).Trim();
                var (linkLine, linkColumn) = SourceText.PositionOf(html, attribute.ValueStart, line, column);
                var isImage = tagName == "img" || attribute.Name is "srcset" or "poster";
                var isMedia = isImage || attribute.Name == "src" && tagName is "video" or "audio" or "source";
                string Resolve(string candidate)
                {
                    var resolved = (isMedia ? resolveMedia ?? resolve : resolve)(candidate);
                    links?.Add(new BodyLink(resolved, isImage, linkLine, linkColumn));
                    return write is null ? resolved : write(resolved);
                }
                var resolved = attribute.Name == "srcset" ? SrcSet.Rewrite(url, Resolve) : Resolve(url);
                if (resolved == url) continue;

                output ??= new StringBuilder(html.Length + 32);
                output.Append(html, copiedUpTo, attribute.ValueStart - copiedUpTo);
                output.Append(attribute.Quoted ? Encode(resolved) : '"' + Encode(resolved) + '"');
                copiedUpTo = attribute.ValueEnd;
            }

            if (tagName == "a" && attributes.FirstOrDefault(a => a.Name == "href") is { } href &&
                LinkResolver.IsExternal(WebUtility.HtmlDecode(html[href.ValueStart..href.ValueEnd]).Trim()) &&
                !HasNoopener(html, attributes))
            {
                copiedUpTo = AddNoopener(html, output ??= new StringBuilder(html.Length + 32), copiedUpTo, attributes, tagEnd, selfClosing);
            }
        }
        if (output is null) return html;
        output.Append(html, copiedUpTo, html.Length - copiedUpTo);
        return output.ToString();
    }

    private static int AddNoopener(string html, StringBuilder output, int copiedUpTo, List<HtmlAttribute> attributes, int tagEnd, bool selfClosing)
    {
        var rel = attributes.FirstOrDefault(a => a.Name == "rel");
        if (rel is null)
        {
            var insertAt = tagEnd - (selfClosing ? 2 : 1);
            output.Append(html, copiedUpTo, insertAt - copiedUpTo).Append(" rel=\"noopener\"");
            return insertAt;
        }
        var value = html[rel.ValueStart..rel.ValueEnd];
        output.Append(html, copiedUpTo, rel.ValueStart - copiedUpTo);
        output.Append(rel.Quoted ? value + " noopener" : $"\"{value} noopener\"");
        return rel.ValueEnd;
    }

    private static bool HasNoopener(string html, List<HtmlAttribute> attributes) =>
        attributes.FirstOrDefault(a => a.Name == "rel") is { } rel &&
        html[rel.ValueStart..rel.ValueEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("noopener", StringComparer.OrdinalIgnoreCase);

    /// <summary>A value as it is written inside a double-quoted attribute.</summary>
    internal static string Encode(string value) => value.Replace("&", "&amp;").Replace("\"", "&quot;");
}
