using PolicyGen.Pdf.Layout;

namespace PolicyGen.Pdf.Fonts;

/// <summary>
/// The text family shipped with the engine: Liberation Serif 2.1.5 (SIL OFL 1.1, from Debian's <c>fonts-liberation2</c>),
/// metric-compatible with Times New Roman, with real bold, italic and bold-italic faces.
/// </summary>
public static class LiberationSerif
{
    /// <summary>The family name to give PDFsharp's <c>XFont</c>.</summary>
    public const string FamilyName = "Liberation Serif";

    /// <summary>The face name (also the embedded file name without extension) of a variant.</summary>
    public static string FaceName(FontVariant variant) => variant switch
    {
        FontVariant.Regular => "LiberationSerif-Regular",
        FontVariant.Bold => "LiberationSerif-Bold",
        FontVariant.Italic => "LiberationSerif-Italic",
        FontVariant.BoldItalic => "LiberationSerif-BoldItalic",
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Unknown font variant."),
    };

    /// <summary>The variant for a bold/italic request.</summary>
    public static FontVariant Variant(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => FontVariant.Regular,
        (true, false) => FontVariant.Bold,
        (false, true) => FontVariant.Italic,
        (true, true) => FontVariant.BoldItalic,
    };

    /// <summary>The TrueType bytes of a variant, read from the assembly.</summary>
    public static byte[] ReadFontFile(FontVariant variant) => EmbeddedAssets.ReadBytes($"Fonts.{FaceName(variant)}.ttf");
}
