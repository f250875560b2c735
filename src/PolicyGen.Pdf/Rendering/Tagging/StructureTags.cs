using PdfSharp.UniversalAccessibility;
using PolicyGen.Pdf.Layout.Pagination;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>The PDF structure type of each block-level role of the layout.</summary>
internal static class StructureTags
{
    public static PdfBlockLevelElementTag Block(StructureNode node) => node.Role switch
    {
        StructureRole.Heading => node.Level switch
        {
            <= 1 => PdfBlockLevelElementTag.Heading1,
            2 => PdfBlockLevelElementTag.Heading2,
            3 => PdfBlockLevelElementTag.Heading3,
            4 => PdfBlockLevelElementTag.Heading4,
            5 => PdfBlockLevelElementTag.Heading5,
            _ => PdfBlockLevelElementTag.Heading6,
        },
        StructureRole.List => PdfBlockLevelElementTag.List,
        StructureRole.ListItem => PdfBlockLevelElementTag.ListItem,
        StructureRole.ListLabel => PdfBlockLevelElementTag.Label,
        StructureRole.ListBody => PdfBlockLevelElementTag.ListBody,
        StructureRole.Table => PdfBlockLevelElementTag.Table,
        StructureRole.TableRow => PdfBlockLevelElementTag.TableRow,
        StructureRole.TableHeaderCell => PdfBlockLevelElementTag.TableHeaderCell,
        StructureRole.TableCell => PdfBlockLevelElementTag.TableDataCell,
        _ => PdfBlockLevelElementTag.Paragraph,
    };
}
