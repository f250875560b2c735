using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyGen.Docx.Packaging;

/// <summary>The font table: the text face, with its metric-compatible alternative for readers that lack it.</summary>
internal static class FontTableBuilder
{
    public static Fonts Build(PageSetup page) =>
        new(new Font(
            new AltName { Val = page.FallbackFont },
            new FontCharSet { Val = "00" },
            new FontFamily { Val = FontFamilyValues.Roman },
            new Pitch { Val = FontPitchValues.Variable })
        {
            Name = page.Font,
        });
}
