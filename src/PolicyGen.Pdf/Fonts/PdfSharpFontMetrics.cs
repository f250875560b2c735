using System.Collections.Concurrent;
using System.Text;
using PdfSharp.Drawing;
using PolicyGen.Pdf.Layout;

namespace PolicyGen.Pdf.Fonts;

/// <summary>
/// <see cref="IFontMetrics"/> from the embedded Liberation Serif faces, measured by PDFsharp itself
/// (<c>XGraphics.MeasureString</c>, which sums the fonts' <c>hmtx</c> advances without kerning), so layout widths are
/// exactly what the painter draws. Advances are measured once per character at a 1000-point reference size and scaled.
/// Thread-safe.
/// </summary>
public sealed class PdfSharpFontMetrics : IFontMetrics
{
    private const double ReferenceSize = 1000;

    private readonly Lock _measureGate = new();
    private readonly XGraphics _measure;
    private readonly ConcurrentDictionary<(FontVariant Variant, int CodePoint), double> _advances = new();

    /// <summary>A metrics source; installs the embedded font resolver if needed.</summary>
    public PdfSharpFontMetrics()
    {
        PdfFontSetup.EnsureInstalled();
        _measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    /// <summary>A shared instance.</summary>
    public static PdfSharpFontMetrics Shared { get; } = new();

    /// <inheritdoc />
    public double MeasureWidth(ReadOnlySpan<char> text, FontSpec font)
    {
        var em = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            em += EmAdvance(font.Variant, rune);
        }

        return em * font.Size;
    }

    /// <inheritdoc />
    public double AdvanceWidth(Rune glyph, FontSpec font) => EmAdvance(font.Variant, glyph) * font.Size;

    /// <inheritdoc />
    public double Ascent(FontSpec font)
    {
        var metrics = XFonts.For(font).Metrics;
        return metrics.Ascent * font.Size / metrics.UnitsPerEm;
    }

    /// <inheritdoc />
    public double Descent(FontSpec font)
    {
        var metrics = XFonts.For(font).Metrics;
        return Math.Abs(metrics.Descent) * font.Size / metrics.UnitsPerEm;
    }

    /// <inheritdoc />
    public double LineHeight(FontSpec font) => XFonts.For(font).GetHeight();

    /// <summary>The advance of <paramref name="rune"/> in ems (1 = the font size).</summary>
    private double EmAdvance(FontVariant variant, Rune rune) =>
        _advances.GetOrAdd((variant, rune.Value), key =>
        {
            var font = XFonts.For(new FontSpec(key.Variant, ReferenceSize));
            lock (_measureGate)
            {
                return _measure.MeasureString(rune.ToString(), font).Width / ReferenceSize;
            }
        });
}
