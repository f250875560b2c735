using System.Text;

namespace PolicyGen.Pdf.Layout;

/// <summary>
/// Horizontal and vertical font measures in points, for a face at a size. Layout code measures only through this
/// interface, so it never depends on PDFsharp; the painter must draw with a font whose advances are the same.
/// There is no kerning or shaping: the width of a string is the sum of the advances of its characters.
/// </summary>
public interface IFontMetrics
{
    /// <summary>The advance width of <paramref name="text"/>, in points.</summary>
    double MeasureWidth(ReadOnlySpan<char> text, FontSpec font);

    /// <summary>The advance width of one character (code point), in points.</summary>
    double AdvanceWidth(Rune glyph, FontSpec font);

    /// <summary>The distance from the baseline to the top of the font's ascenders, in points (positive).</summary>
    double Ascent(FontSpec font);

    /// <summary>The distance from the baseline to the bottom of the font's descenders, in points (positive).</summary>
    double Descent(FontSpec font);

    /// <summary>The font's own line spacing (baseline to baseline) at that size, in points.</summary>
    double LineHeight(FontSpec font);
}
