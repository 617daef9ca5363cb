using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's raw HTML blocks: a block-level element whose start tag begins a line stays raw up to its matching end
/// tag, across blank lines and lines indented four spaces or more. (CommonMark ends an HTML block at a blank line, so
/// an indented line after one became a code block, the markup shown as text.) An element with no matching end tag,
/// or one that holds a <c>markdown="..."</c> attribute (<see cref="MarkdownInHtml"/>), is left to CommonMark's rules; so
/// is, on a site whose <c>_config.yml</c> sets kramdown's <c>parse_block_html</c>, every element whose inside kramdown
/// then reads (<see cref="HtmlContentModel"/>): only tables, lists and the like stay raw there.
/// </summary>
public sealed partial class RawHtmlElements : BlockParser
{
    private static readonly object EndsKey = new();
    private static readonly object EndKey = new();

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "iframe",
        "legend", "li", "main", "map", "menu", "nav", "ol", "p", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul",
    };

    /// <summary>The parser context's property that says kramdown's <c>parse_block_html</c> is on.</summary>
    public static readonly object ParseBlockHtml = new();

    public RawHtmlElements() => OpeningCharacters = ['<'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var text = line.Text;
        if (StartTag().Match(text, line.Start, line.End - line.Start + 1) is not { Success: true } tag || tag.Index != line.Start
            || !BlockElements.Contains(tag.Groups["name"].Value)
            || (processor.Context?.Properties.ContainsKey(ParseBlockHtml) == true && HtmlContentModel.Of(tag.Groups["name"].Value) != HtmlContent.Raw)
            || !Ends(processor.Document, text).TryGetValue(line.Start, out var end)
            || MarkdownAttribute().IsMatch(text.AsSpan(line.Start, end - line.Start)))
            return BlockState.None;

        var block = new HtmlBlock(this)
        {
            Column = processor.ColumnBeforeIndent, Type = HtmlBlockType.InterruptingBlock, Span = new SourceSpan(line.Start, line.End), NewLine = line.NewLine,
        };
        block.SetData(EndKey, end);
        processor.NewBlocks.Push(block);
        processor.GoToColumn(processor.ColumnBeforeIndent);
        return processor.Line.End >= end - 1 ? BlockState.Break : BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        processor.GoToColumn(processor.ColumnBeforeIndent);
        var line = processor.Line;
        block.UpdateSpanEnd(line.End);
        return line.End >= (int)block.GetData(EndKey)! - 1 ? BlockState.Break : BlockState.Continue;
    }

    /// <summary>
    /// Where each element of the text ends: from its start tag's position to just after its matching end tag, pairing
    /// tags of one name as they nest. Found in one pass, once for a document.
    /// </summary>
    private static Dictionary<int, int> Ends(MarkdownDocument document, string text)
    {
        if (document.GetData(EndsKey) is Dictionary<int, int> found) return found;
        var ends = new Dictionary<int, int>();
        var open = new Dictionary<string, Stack<int>>(StringComparer.OrdinalIgnoreCase);
        foreach (Match tag in AnyTag().Matches(text))
        {
            var name = tag.Groups["name"].Value;
            if (!BlockElements.Contains(name) || tag.Value.EndsWith("/>", StringComparison.Ordinal)) continue;
            if (!tag.Groups["close"].Success)
            {
                if (!open.TryGetValue(name, out var starts)) open[name] = starts = new Stack<int>();
                starts.Push(tag.Index);
            }
            else if (open.TryGetValue(name, out var starts) && starts.Count > 0) ends[starts.Pop()] = tag.Index + tag.Length;
        }
        document.SetData(EndsKey, ends);
        return ends;
    }

    [GeneratedRegex(@"\G<(?<name>[A-Za-z][A-Za-z0-9]*)(?=[\s/>]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex StartTag();

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)(?=[\s/>])[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"<[A-Za-z][^>]*\smarkdown\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownAttribute();
}
