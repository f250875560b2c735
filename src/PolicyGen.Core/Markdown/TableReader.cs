using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using PolicyGen.Documents;
using DocTable = PolicyGen.Documents.Table;
using MdTable = Markdig.Extensions.Tables.Table;

namespace PolicyGen.Markdown;

/// <summary>Reads a pipe table: its column alignments, header rows and cells.</summary>
internal sealed class TableReader(ConversionContext context, InlineConverter inlines)
{
    public DocTable Read(MdTable table)
    {
        var rows = new List<Row>();
        var headerRows = 0;
        var counting = true;
        foreach (var row in table.OfType<TableRow>())
        {
            if (counting && row.IsHeader)
            {
                headerRows++;
            }
            else
            {
                counting = false;
            }

            rows.Add(new Row([.. row.OfType<TableCell>().Select(Cell)]));
        }

        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count);
        var columns = Enumerable.Range(0, width).Select(i => Alignment(table, i)).ToList();
        string? id = null;
        if (table.TryGetAttributes() is { } attributes)
        {
            if (context.IsRichText)
            {
                context.Unsupported(table, "an attribute list {…}");
            }
            else
            {
                id = attributes.Id;
            }
        }

        return new DocTable(columns, rows, headerRows) { Id = id };
    }

    private Cell Cell(TableCell cell)
    {
        var content = new List<Documents.Inline>();
        foreach (var block in cell)
        {
            if (block is ParagraphBlock paragraph)
            {
                if (content.Count > 0)
                {
                    content.Add(new LineBreak());
                }

                content.AddRange(inlines.Convert(paragraph.Inline));
            }
            else
            {
                context.Unsupported(block, $"the block {block.GetType().Name} inside a table cell");
            }
        }

        return new Cell(content);
    }

    private static ColumnAlignment Alignment(MdTable table, int index) =>
        index < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[index].Alignment switch
            {
                TableColumnAlign.Left => ColumnAlignment.Left,
                TableColumnAlign.Center => ColumnAlignment.Center,
                TableColumnAlign.Right => ColumnAlignment.Right,
                _ => ColumnAlignment.Default,
            }
            : ColumnAlignment.Default;
}
