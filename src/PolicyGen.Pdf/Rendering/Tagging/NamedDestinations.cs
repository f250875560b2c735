using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PolicyGen.Pdf.Layout.Pagination;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// One named destination per anchor of the layout (every heading, and the blocks that have an id), named
/// <c>&lt;document&gt;/&lt;id&gt;</c> (<c>simplification/chapter-1</c>): ids repeat from note to note, so the note's
/// name is always part of the name. Each points to the anchor's page and to its top edge.
/// </summary>
internal static class NamedDestinations
{
    public static string Name(string document, string id) => document + "/" + id;

    /// <summary>
    /// Adds the destinations of <paramref name="layout"/>; call it once every page exists (PDFsharp resolves the page at
    /// once and clamps a later page to the last one).
    /// </summary>
    public static void Add(PdfDocument pdf, LayoutResult layout, double pageHeight)
    {
        var first = layout.Pages.Count > 0 ? layout.Pages[0].Number : 1;
        foreach (var ((document, id), number) in layout.AnchorPages.OrderBy(kv => Name(kv.Key.Document, kv.Key.Id), StringComparer.Ordinal))
        {
            var index = number - first;
            if (index < 0 || index >= pdf.PageCount)
            {
                continue;
            }

            // PDF user space: from the bottom edge.
            var top = pageHeight - TopOf(layout.Pages[index], id);
            pdf.AddNamedDestination(Name(document, id), index + 1, PdfNamedDestinationParameters.CreateVerticalPosition(top, null));
        }
    }

    /// <summary>The top of an anchor on its page (y down from the top edge), the higher of its languages.</summary>
    public static double TopOf(LayoutPage page, string id) =>
        page.Anchors.Where(a => a.Id == id).Select(a => a.Y).DefaultIfEmpty(0).Min();
}
