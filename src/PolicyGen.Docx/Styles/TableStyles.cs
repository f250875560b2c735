using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyGen.Docx.Styles;

/// <summary>The two table styles: the borderless layout table that holds the columns, and the ruled data table.</summary>
public static class TableStyles
{
    /// <summary>The side-by-side layout: no borders, no cell margins (the gutter is set per cell).</summary>
    public static Style Layout() =>
        new(new StyleName { Val = "Layout Table" }, new BasedOn { Val = StyleIds.TableNormal }, new UIPriority { Val = 59 },
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.None },
                    new LeftBorder { Val = BorderValues.None },
                    new BottomBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None },
                    new InsideHorizontalBorder { Val = BorderValues.None },
                    new InsideVerticalBorder { Val = BorderValues.None }),
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table, StyleId = StyleIds.LayoutTable,
        };

    /// <summary>A table of data: thin rules, a bold shaded header row.</summary>
    public static Style Data() =>
        new(new StyleName { Val = "Data Table" }, new BasedOn { Val = StyleIds.TableNormal }, new UIPriority { Val = 59 },
            new StyleTableProperties(
                new TableBorders(
                    Rule<TopBorder>(),
                    Rule<LeftBorder>(),
                    Rule<BottomBorder>(),
                    Rule<RightBorder>(),
                    Rule<InsideHorizontalBorder>(),
                    Rule<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new StyleRunProperties(new Bold()),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9D9D9" }))
            {
                Type = TableStyleOverrideValues.FirstRow,
            })
        {
            Type = StyleValues.Table, StyleId = StyleIds.DataTable,
        };

    private static T Rule<T>()
        where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" };
}
