using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Docx.Styles;

namespace PolicyGen.Docx.Writing;

/// <summary>Tables of data, inside a column or across the page: fixed layout, equal columns, repeated header rows.</summary>
internal static class DataTables
{
    /// <summary>A ruled table of <paramref name="width"/> twips; each cell's content must hold at least one paragraph.</summary>
    public static Table Create(int width, int columns, int headerRows, IEnumerable<IReadOnlyList<IReadOnlyList<OpenXmlElement>>> rows)
    {
        var columnWidth = width / columns;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.DataTable },
                new TableWidth { Width = (columnWidth * columns).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = headerRows > 0 ? "0420" : "0400", FirstRow = headerRows > 0, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            Grid(columns, columnWidth));
        var index = 0;
        foreach (var cells in rows)
        {
            var row = new TableRow();
            if (index < headerRows)
            {
                row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
            }

            for (var c = 0; c < columns; c++)
            {
                var content = c < cells.Count ? cells[c] : [];
                row.Append(Cell(columnWidth, content));
            }

            table.Append(row);
            index++;
        }

        return table;
    }

    /// <summary>A grid of equal columns.</summary>
    public static TableGrid Grid(int columns, int columnWidth)
    {
        var grid = new TableGrid();
        for (var c = 0; c < columns; c++)
        {
            grid.Append(new GridColumn { Width = columnWidth.ToString(CultureInfo.InvariantCulture) });
        }

        return grid;
    }

    /// <summary>A cell of a fixed width whose content ends in a paragraph, as Word requires.</summary>
    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, TableCellMargin? margin = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (margin is not null)
        {
            properties.Append(margin);
        }

        var cell = new TableCell(properties);
        cell.Append(content);
        if (cell.LastChild is not Paragraph)
        {
            cell.Append(Paragraphs.Spacer());
        }

        return cell;
    }
}
