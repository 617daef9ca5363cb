using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Site.Content.Rendering;

/// <summary>
/// How math stands in the written HTML until <see cref="MathTypesetting"/> finishes it: its TeX, HTML-escaped, in
/// <c>&lt;span class="math" data-math="inline" data-line="12" data-column="5"&gt;</c> (<c>data-math="display"</c> for
/// <c>\[...\]</c> in a paragraph), or in a <c>&lt;div&gt;</c> for a display block; the line and column are the file's.
/// A kramdown attribute list the author gave the math (<c>{: .wide #energy}</c>) adds its classes after <c>math</c> and
/// its other attributes after the column, for the finished math to carry. Unfinished, it reads as the TeX the author wrote.
/// </summary>
public static partial class MathPlaceholder
{
    private const string Marker = "\" data-math=\"";

    /// <summary>Whether <paramref name="html"/> may hold a placeholder: the cheap test before any other work.</summary>
    public static bool MayBeIn(string html) => html.Contains(Marker, StringComparison.Ordinal);

    private static void Write(HtmlRenderer renderer, string element, IMath math)
    {
        var attributes = ((Markdig.Syntax.MarkdownObject)math).TryGetAttributes();
        renderer.Write('<').Write(element).Write(" class=\"math");
        foreach (var name in attributes?.Classes ?? []) renderer.Write(' ').WriteEscape(name);
        renderer.Write(Marker).Write(math.IsDisplay ? "display" : "inline")
            .Write("\" data-line=\"").Write(math.FileLine.ToString(CultureInfo.InvariantCulture))
            .Write("\" data-column=\"").Write((math.Column + 1).ToString(CultureInfo.InvariantCulture)).Write('"');
        if (attributes?.Id is { } id) renderer.Write(" id=\"").WriteEscape(id).Write('"');
        foreach (var (name, value) in attributes?.Properties ?? []) renderer.Write(' ').Write(name).Write("=\"").WriteEscape(value).Write('"');
        renderer.Write('>').WriteEscape(math.Tex).Write("</").Write(element).Write('>');
    }

    /// <summary>
    /// A placeholder as <see cref="Write"/> writes it: element, the author's classes, display or inline, line, column,
    /// the author's other attributes and the escaped TeX.
    /// </summary>
    [GeneratedRegex("""<(?<element>span|div) class="math(?<classes>(?: [^"]+)?)" data-math="(?<mode>inline|display)" data-line="(?<line>\d+)" data-column="(?<column>\d+)"(?<attributes>[^>]*)>(?<tex>[^<]*)</\k<element>>""",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Pattern();

    public sealed class InlineRenderer : HtmlObjectRenderer<InlineMath>
    {
        protected override void Write(HtmlRenderer renderer, InlineMath math) => MathPlaceholder.Write(renderer, "span", math);
    }

    public sealed class DisplayRenderer : HtmlObjectRenderer<DisplayMath>
    {
        protected override void Write(HtmlRenderer renderer, DisplayMath math)
        {
            renderer.EnsureLine();
            MathPlaceholder.Write(renderer, "div", math);
            renderer.WriteLine();
        }
    }
}
