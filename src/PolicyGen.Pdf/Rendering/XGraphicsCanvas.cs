using PdfSharp.Drawing;
using PolicyGen.Pdf.Fonts;
using PolicyGen.Pdf.Layout;

namespace PolicyGen.Pdf.Rendering;

/// <summary>
/// <see cref="ICanvas"/> on a PDFsharp page: text in Liberation Serif with Unicode (Identity-H) encoding, embedded and
/// subset by PDFsharp at save; y down from the top edge, text placed on its baseline.
/// </summary>
public sealed class XGraphicsCanvas(XGraphics graphics) : ICanvas
{
    private readonly XGraphics _graphics = graphics ?? throw new ArgumentNullException(nameof(graphics));

    public void DrawText(string text, FontSpec font, double x, double baseline) =>
        _graphics.DrawString(text, XFonts.For(font), XBrushes.Black, x, baseline, XStringFormats.BaseLineLeft);

    public void DrawLine(double x1, double y1, double x2, double y2, double thickness) =>
        _graphics.DrawLine(new XPen(XColors.Black, thickness), x1, y1, x2, y2);
}
