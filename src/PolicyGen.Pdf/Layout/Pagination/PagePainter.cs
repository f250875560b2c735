namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>
/// Paints a laid-out page on a canvas, region by region (header, then each column with its footnotes, then spanning
/// content), so that each column's text is one run in the content stream and extractors that follow it
/// (<c>pdftotext -raw</c>, PdfPig) read one language, then the other. Poppler's default mode orders by geometry and
/// reads the synchronised columns row by row whatever the order here: see docs/reading-order.md.
/// </summary>
public static class PagePainter
{
    /// <param name="page">The page.</param>
    /// <param name="canvas">What draws.</param>
    /// <param name="metrics">The fonts' metrics, to draw naturally spaced words as one string (<see cref="TextRuns"/>);
    /// without them every piece is drawn on its own.</param>
    public static void Paint(LayoutPage page, ICanvas canvas, IFontMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(canvas);
        foreach (var region in page.Regions)
        {
            foreach (var line in region.Lines)
            {
                foreach (var text in metrics is null ? line.Texts : TextRuns.Of(line, metrics))
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
