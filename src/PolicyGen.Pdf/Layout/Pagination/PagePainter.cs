namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>
/// Paints a laid-out page on a canvas, region by region (header, then each column with its footnotes, then spanning
/// content), so that each column's text is one run in the content stream and extractors that follow it
/// (<c>pdftotext -raw</c>, PdfPig) read one language, then the other. Poppler's default mode orders by geometry and
/// reads the synchronised columns row by row whatever the order here: see docs/reading-order.md.
/// </summary>
public static class PagePainter
{
    public static void Paint(LayoutPage page, ICanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(canvas);
        foreach (var region in page.Regions)
        {
            foreach (var line in region.Lines)
            {
                foreach (var text in line.Texts)
                {
                    canvas.DrawText(text.Text, text.Font, text.X, text.Baseline);
                }
            }

            foreach (var rule in region.Rules)
            {
                canvas.DrawLine(rule.X1, rule.Y1, rule.X2, rule.Y2, rule.Thickness);
            }
        }
    }
}
