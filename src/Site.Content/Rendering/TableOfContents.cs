using System.Globalization;
using System.Net;
using System.Text;
using Markdig.Helpers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's table of contents: the list that <c>{:toc}</c> follows (<c>* TOC</c>) becomes a nested list of links
/// to the post's headings, in order, leaving out those marked <c>{: .no_toc}</c>; ordered if the list was. It keeps the
/// list's attributes (<c>{: .table-of-content}</c> before <c>* TOC</c>), and its id is <c>markdown-toc</c> unless the list
/// was given another, as kramdown writes it.
/// </summary>
public sealed class TableOfContents : IDocumentStage
{
    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        var marked = document.Descendants<ListBlock>().Where(list => list.TryGetAttributes()?.Properties?.Any(p => p.Key == KramdownAttributes.TocMark) == true).ToList();
        if (marked.Count == 0) return;
        var headings = document.Descendants<HeadingBlock>()
            .Where(heading => heading.TryGetAttributes() is { Id: not null } attributes && attributes.Classes?.Contains("no_toc") != true)
            .ToList();
        foreach (var list in marked)
        {
            var toc = new HtmlBlock(null) { Lines = new StringLineGroup(Contents(headings, list.IsOrdered ? "ol" : "ul", StartTagAttributes(list))) };
            var container = list.Parent!;
            container.Insert(container.IndexOf(list), toc);
            container.Remove(list);
        }
    }

    /// <summary>The list's attributes as its start tag writes them: classes, the id (<c>markdown-toc</c> if none), the others but the toc mark.</summary>
    private static string StartTagAttributes(ListBlock list)
    {
        var attributes = list.GetAttributes();
        var html = new StringBuilder();
        if (attributes.Classes is { Count: > 0 } classes) html.Append(CultureInfo.InvariantCulture, $" class=\"{WebUtility.HtmlEncode(string.Join(' ', classes))}\"");
        html.Append(CultureInfo.InvariantCulture, $" id=\"{WebUtility.HtmlEncode(attributes.Id ?? "markdown-toc")}\"");
        foreach (var (key, value) in attributes.Properties ?? [])
        {
            if (key != KramdownAttributes.TocMark) html.Append(CultureInfo.InvariantCulture, $" {key}=\"{WebUtility.HtmlEncode(value)}\"");
        }
        return html.ToString();
    }

    /// <summary>Nested lists by heading level: a deeper heading opens a list inside the item before it.</summary>
    private static string Contents(List<HeadingBlock> headings, string tag, string attributes)
    {
        var html = new StringBuilder($"<{tag}{attributes}>");
        var levels = new Stack<int>();
        foreach (var heading in headings)
        {
            if (levels.Count == 0) html.Append("<li>");
            else if (heading.Level > levels.Peek()) html.Append(CultureInfo.InvariantCulture, $"<{tag}><li>");
            else
            {
                while (levels.Count > 1 && heading.Level < levels.Peek())
                {
                    html.Append(CultureInfo.InvariantCulture, $"</li></{tag}>");
                    levels.Pop();
                }
                html.Append("</li><li>");
            }
            if (levels.Count == 0 || heading.Level > levels.Peek()) levels.Push(heading.Level);
            html.Append(CultureInfo.InvariantCulture, $"<a href=\"#{WebUtility.HtmlEncode(heading.GetAttributes().Id)}\">{WebUtility.HtmlEncode(TextOf(heading))}</a>");
        }
        if (levels.Count > 0) html.Append("</li>");
        for (; levels.Count > 1; levels.Pop()) html.Append(CultureInfo.InvariantCulture, $"</{tag}></li>");
        return html.Append(CultureInfo.InvariantCulture, $"</{tag}>").ToString();
    }

    private static string TextOf(HeadingBlock heading)
    {
        var text = new StringBuilder();
        foreach (var inline in heading.Inline!.Descendants<Markdig.Syntax.Inlines.Inline>())
        {
            switch (inline)
            {
                case Markdig.Syntax.Inlines.LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case Markdig.Syntax.Inlines.CodeInline code: text.Append(code.Content); break;
                case InlineMath math: text.Append(math.Tex); break;
                case Markdig.Extensions.SmartyPants.SmartyPant pant: text.Append(Typography.CharacterOf(pant)); break;
            }
        }
        return text.ToString();
    }
}
