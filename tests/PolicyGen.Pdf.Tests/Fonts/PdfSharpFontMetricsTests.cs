using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PolicyGen.Pdf.Fonts;
using PolicyGen.Pdf.Layout;

namespace PolicyGen.Tests.Fonts;

public class PdfSharpFontMetricsTests
{
    private static readonly PdfSharpFontMetrics Metrics = PdfSharpFontMetrics.Shared;

    public static TheoryData<FontVariant, string> Samples()
    {
        var data = new TheoryData<FontVariant, string>();
        foreach (var variant in Enum.GetValues<FontVariant>())
        {
            data.Add(variant, "L’administration « numérique » coûte 140.000 euros.");
            data.Add(variant, "Vereenvoudiging: AVAWa To; ëïü œ ß — 2021–2022");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Widths_are_what_PDFsharp_measures(FontVariant variant, string text)
    {
        var font = new FontSpec(variant, 10);
        var gfx = XGraphics.CreateMeasureContext(new XSize(500, 500), XGraphicsUnit.Point, XPageDirection.Downwards);

        var expected = gfx.MeasureString(text, XFonts.For(font)).Width;

        Assert.Equal(expected, Metrics.MeasureWidth(text, font), 6);
    }

    [Fact]
    public void Widths_scale_with_size_and_differ_by_face()
    {
        var regular = Metrics.MeasureWidth("administration", FontSpec.Regular(10));

        Assert.Equal(2 * regular, Metrics.MeasureWidth("administration", FontSpec.Regular(20)), 9);
        Assert.True(Metrics.MeasureWidth("administration", FontSpec.Bold(10)) > regular);
        Assert.True(Metrics.AdvanceWidth(new Rune('m'), FontSpec.Regular(10)) > Metrics.AdvanceWidth(new Rune('i'), FontSpec.Regular(10)));
    }

    [Fact]
    public void Liberation_Serif_has_Times_metrics()
    {
        var font = FontSpec.Regular(10);

        // Times New Roman / Liberation Serif: space 512/2048 em, ascender 1825, descender 443, line gap 87.
        Assert.Equal(2.5, Metrics.MeasureWidth(" ", font), 6);
        Assert.Equal(2.5, Metrics.MeasureWidth("\u00A0", font), 6);
        Assert.Equal(8.911, Metrics.Ascent(font), 3);
        Assert.Equal(2.163, Metrics.Descent(font), 3);
        Assert.Equal(11.499, Metrics.LineHeight(font), 3);
    }

    [Fact]
    public void Narrow_no_break_space_is_narrower_than_a_word_space()
    {
        var font = FontSpec.Regular(10);
        var narrow = Metrics.MeasureWidth("\u202F", font);

        Assert.InRange(narrow, 1.0, 2.49);
    }

    [Fact]
    public void Empty_text_has_no_width() => Assert.Equal(0, Metrics.MeasureWidth("", FontSpec.Regular(10)));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Invalid_sizes_are_rejected(double size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => XFonts.For(FontSpec.Regular(size)));

    [Fact]
    public void A_drawn_document_embeds_the_Liberation_subsets()
    {
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            foreach (var variant in Enum.GetValues<FontVariant>())
            {
                gfx.DrawString("Égalité des chances", XFonts.For(new FontSpec(variant, 10)), XBrushes.Black, 50, 100 + (20 * (int)variant));
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        var pdf = Encoding.Latin1.GetString(stream.ToArray());

        // PDFsharp names a subset TAG+Family,Style, with the space escaped.
        var baseFonts = System.Text.RegularExpressions.Regex.Matches(pdf, @"/BaseFont ?/[A-Z]{6}\+([^/\s<>\[\]]+)")
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["Liberation#20Serif", "Liberation#20Serif,Bold", "Liberation#20Serif,BoldItalic", "Liberation#20Serif,Italic"],
            baseFonts);
        Assert.Contains("/FontFile2", pdf, StringComparison.Ordinal);
    }
}
