using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Docx.Styles;

namespace PolicyGen.Docx.Writing;

/// <summary>
/// The side-by-side layout: a borderless two-column table of fixed layout, one row per paired unit (heading
/// rows apart, kept with the next row and never split), rows otherwise allowed to split across pages. The
/// gutter is the inner cell margins.
/// </summary>
internal sealed class LayoutTable(PageSetup page)
{
    private readonly List<TableRow> _rows = [];

    public bool IsEmpty => _rows.Count == 0;

    /// <summary>Adds a row with the two columns' content, in column order.</summary>
    public void Add(IEnumerable<OpenXmlElement> left, IEnumerable<OpenXmlElement> right, bool heading)
    {
        var row = new TableRow();
        if (heading)
        {
            row.Append(new TableRowProperties(new CantSplit()));
        }

        var half = (page.Gutter / 2).ToString(CultureInfo.InvariantCulture);
        var leftCell = DataTables.Cell(page.CellWidth, left, new TableCellMargin(new RightMargin { Width = half, Type = TableWidthUnitValues.Dxa }));
        var rightCell = DataTables.Cell(page.CellWidth, right, new TableCellMargin(new LeftMargin { Width = half, Type = TableWidthUnitValues.Dxa }));
        row.Append(leftCell, rightCell);
        if (heading)
        {
            foreach (var paragraph in row.Descendants<Paragraph>())
            {
                paragraph.ParagraphProperties ??= new ParagraphProperties();
                paragraph.ParagraphProperties.KeepNext = new KeepNext();
            }
        }

        _rows.Add(row);
    }

    /// <summary>The table of the rows added so far, and a fresh start; null when there are none.</summary>
    public Table? Flush()
    {
        if (_rows.Count == 0)
        {
            return null;
        }

        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.LayoutTable },
                new TableWidth { Width = (page.CellWidth * 2).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            DataTables.Grid(2, page.CellWidth));
        table.Append(_rows);
        _rows.Clear();
        return table;
    }
}
