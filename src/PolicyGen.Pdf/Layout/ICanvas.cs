namespace PolicyGen.Pdf.Layout;

/// <summary>
/// What the layout needs to paint a page, with y measured down from the top edge in points. Implemented on PDFsharp by
/// <c>PolicyGen.Pdf.Rendering.XGraphicsCanvas</c>, and by recorders in tests.
/// </summary>
public interface ICanvas
{
    /// <summary>Draws <paramref name="text"/> with its left end at <paramref name="x"/> on the baseline <paramref name="baseline"/>.</summary>
    void DrawText(string text, FontSpec font, double x, double baseline);

    /// <summary>Draws a straight line <paramref name="thickness"/> points wide.</summary>
    void DrawLine(double x1, double y1, double x2, double y2, double thickness);
}
