using System.Collections.Concurrent;
using System.Text;
using PdfSharp.Drawing;
using PolicyGen.Pdf.Layout;

namespace PolicyGen.Pdf.Fonts;

/// <summary>
/// <see cref="IFontMetrics"/> from the embedded Liberation Serif faces, measured by PDFsharp itself
/// (<c>XGraphics.MeasureString</c>, which sums the fonts' <c>hmtx</c> advances without kerning), so layout widths are
/// exactly what the painter draws. Advances are measured once per character at a 1000-point reference size and scaled;
/// those of the first 64K code points are then read from an array per face (layout asks for every letter of every
/// word). Thread-safe.
/// </summary>
public sealed class PdfSharpFontMetrics : IFontMetrics
{
    private const double ReferenceSize = 1000;

    private readonly Lock _measureGate = new();
    private readonly XGraphics _measure;
    private const int TableSize = 0x10000;

    private readonly ConcurrentDictionary<(FontVariant Variant, int CodePoint), double> _advances = new();

    // NaN until measured; a double is written whole, and every thread measures the same value.
    private readonly double[][] _table = [.. Enum.GetValues<FontVariant>().Select(_ => Enumerable.Repeat(double.NaN, TableSize).ToArray())];

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
    private double EmAdvance(FontVariant variant, Rune rune)
    {
        if (rune.Value >= TableSize || (uint)variant >= (uint)_table.Length)
        {
            return Measured(variant, rune);
        }

        var table = _table[(int)variant];
        var em = Volatile.Read(ref table[rune.Value]);
        if (double.IsNaN(em))
        {
            em = Measured(variant, rune);
            Volatile.Write(ref table[rune.Value], em);
        }

        return em;
    }

    private double Measured(FontVariant variant, Rune rune) =>
        _advances.GetOrAdd((variant, rune.Value), key =>
        {
            var font = XFonts.For(new FontSpec(key.Variant, ReferenceSize));
            lock (_measureGate)
            {
                return _measure.MeasureString(rune.ToString(), font).Width / ReferenceSize;
            }
        });
}
