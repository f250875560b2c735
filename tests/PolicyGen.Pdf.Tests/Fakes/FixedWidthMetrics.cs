using System.Text;
using PolicyGen.Pdf.Layout;

namespace PolicyGen.Tests.Fakes;

/// <summary>
/// Fake metrics for layout tests: every character (letters, spaces, hyphens alike) is <see cref="EmWidth"/> em wide,
/// so at size 1 with the default em width a string is exactly as wide as it has characters. Bold and italic measure
/// the same unless <see cref="BoldEmWidth"/> says otherwise.
/// </summary>
public sealed class FixedWidthMetrics(double emWidth = 1.0, double? boldEmWidth = null) : IFontMetrics
{
    public double EmWidth { get; } = emWidth;

    public double BoldEmWidth { get; } = boldEmWidth ?? emWidth;

    public double MeasureWidth(ReadOnlySpan<char> text, FontSpec font)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count * Em(font) * font.Size;
    }

    public double AdvanceWidth(Rune glyph, FontSpec font) => Em(font) * font.Size;

    public double Ascent(FontSpec font) => 0.8 * font.Size;

    public double Descent(FontSpec font) => 0.2 * font.Size;

    public double LineHeight(FontSpec font) => 1.2 * font.Size;

    private double Em(FontSpec font) => font.IsBold ? BoldEmWidth : EmWidth;
}
