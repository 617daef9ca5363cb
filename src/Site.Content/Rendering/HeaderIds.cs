using System.Text.RegularExpressions;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Site.Content.Rendering;

/// <summary>
/// kramdown's header ids: <c>## Installation {#install}</c> (or <c>{#install .special}</c>, <c>{: #install}</c>) at the
/// end of a heading's line, ATX or setext, gives the heading that id and those classes, and leaves its text. It is taken
/// off before the heading's text is read, so the generated id of a heading given only a class, and the table of
/// contents, see the text without it.
/// </summary>
public sealed partial class HeaderIds : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } atx)
        {
            atx.Closed -= Read;
            atx.Closed += Read;
        }
        // A setext heading is a paragraph the line under it turned into a heading: its parser closes it.
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } setext)
        {
            setext.Closed -= Read;
            setext.Closed += Read;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Read(BlockProcessor processor, Block block)
    {
        if (block is not HeadingBlock heading || heading.Lines.Count == 0) return;
        ref var line = ref heading.Lines.Lines[heading.Lines.Count - 1];
        var text = line.Slice.ToString();
        if (text.IndexOf('{', StringComparison.Ordinal) < 0 || Trailing().Match(text) is not { Success: true } list) return;
        AttributeList.Parse(list.Groups["inside"].Value).ApplyTo(heading);
        line.Slice.End -= text.Length - list.Index;
    }

    [GeneratedRegex(@"[ \t]+\{(?=[#.:])(?::(?![:/]))?(?<inside>[^{}\n]*)\}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailing();
}
