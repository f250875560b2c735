using PolicyGen.Pdf.Layout.Pagination;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>The PDF structure type of each role of the layout.</summary>
internal static class StructureTags
{
    public static string Of(StructureNode node) => node.Role switch
    {
        StructureRole.Heading => "H" + Math.Clamp(node.Level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
        StructureRole.List => "L",
        StructureRole.ListItem => "LI",
        StructureRole.ListLabel => "Lbl",
        StructureRole.ListBody => "LBody",
        StructureRole.Table => "Table",
        StructureRole.TableRow => "TR",
        StructureRole.TableHeaderCell => "TH",
        StructureRole.TableCell => "TD",
        StructureRole.Contents => "TOC",
        StructureRole.ContentsItem => "TOCI",
        StructureRole.Link or StructureRole.Span => "Span",
        StructureRole.Note => "Note",
        _ => "P",
    };
}
