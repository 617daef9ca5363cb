using System.Globalization;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Site.Content.Rendering;

/// <summary>
/// The parts of kramdown's tables that Markdig's pipe tables have not: a table with no header, several bodies, a
/// footer. <see cref="KramdownTables"/> writes each as a marker row (a single marker character in the first cell);
/// this stage takes the marker rows out and marks the rows they stood before, and the table renderer here writes a
/// row marked as starting a body in a new <c>&lt;tbody&gt;</c>, and the rows from a footer mark in <c>&lt;tfoot&gt;</c>.
/// </summary>
public sealed class KramdownTableSections : IDocumentStage, IMarkdownExtension
{
    /// <summary>A header row that only stands for there being none.</summary>
    public const char NoHeader = '\uFDD1';

    /// <summary>A body separator: the rows after it are a new body.</summary>
    public const char NewBody = '\uFDD2';

    /// <summary>A footer separator: the rows after it are the footer.</summary>
    public const char Footer = '\uFDD3';

    private static readonly object SectionKey = new();

    private enum Section
    {
        NewBody,
        Footer,
    }

    public void Rewrite(MarkdownDocument document, BodyContext context)
    {
        if (context.Markdown.AsSpan().IndexOfAny(NoHeader, NewBody, Footer) < 0) return;
        foreach (var table in document.Descendants<Table>().ToList())
        {
            Section? next = null;
            var inFooter = false;
            foreach (var row in table.OfType<TableRow>().ToList())
            {
                switch (MarkerOf(row))
                {
                    case NoHeader:
                        table.Remove(row);
                        continue;
                    case NewBody:
                        table.Remove(row);
                        if (!inFooter) next = Section.NewBody;
                        continue;
                    case Footer:
                        table.Remove(row);
                        if (!inFooter) next = Section.Footer;
                        inFooter = true;
                        continue;
                }
                if (next is { } section && !row.IsHeader) row.SetData(SectionKey, section);
                next = null;
            }
        }
    }

    private static char? MarkerOf(TableRow row) =>
        row.Count > 0 && row[0] is TableCell { Count: 1 } cell && cell[0] is ParagraphBlock { Inline.FirstChild: LiteralInline { NextSibling: null } literal }
            && literal.Content.Length == 1 && literal.Content.CurrentChar is NoHeader or NewBody or Footer
            ? literal.Content.CurrentChar : null;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<HtmlTableRenderer>(new SectionedTableRenderer());
    }

    /// <summary>Markdig's table markup, with a new <c>&lt;tbody&gt;</c> where a row starts a body and a <c>&lt;tfoot&gt;</c> for the footer's rows.</summary>
    private sealed class SectionedTableRenderer : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            renderer.EnsureLine();
            renderer.Write("<table").WriteAttributes(table).WriteLine('>');
            string? open = null;
            foreach (var row in table.OfType<TableRow>())
            {
                var section = row.IsHeader ? "thead"
                    : row.GetData(SectionKey) is Section.Footer || open == "tfoot" ? "tfoot"
                    : "tbody";
                if (section != open || row.GetData(SectionKey) is Section.NewBody)
                {
                    if (open is not null) renderer.WriteLine($"</{open}>");
                    renderer.WriteLine($"<{section}>");
                    open = section;
                }
                WriteRow(renderer, table, row);
            }
            if (open is not null) renderer.WriteLine($"</{open}>");
            renderer.WriteLine("</table>");
        }

        private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row)
        {
            var element = row.IsHeader ? "th" : "td";
            renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                renderer.EnsureLine();
                renderer.Write('<').Write(element);
                if (cell.ColumnSpan != 1) renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
                if (cell.RowSpan != 1) renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Write('"');
                var column = Math.Min(cell.ColumnIndex >= 0 ? cell.ColumnIndex : i, table.ColumnDefinitions.Count - 1);
                if (column >= 0 && table.ColumnDefinitions[column].Alignment is { } alignment)
                    renderer.Write(" style=\"text-align: ").Write(alignment.ToString().ToLowerInvariant()).Write(";\"");
                renderer.WriteAttributes(cell).Write('>');
                var implicitParagraph = renderer.ImplicitParagraph;
                if (cell.Count == 1) renderer.ImplicitParagraph = true;
                renderer.Write(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.WriteLine($"</{element}>");
            }
            renderer.WriteLine("</tr>");
        }
    }
}
