using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PolicyGen.Pdf.Layout;

namespace PolicyGen.Pdf.Fonts;

/// <summary>
/// PDFsharp fonts for a <see cref="FontSpec"/>: Liberation Serif, Unicode (Identity-H) encoding, so that every font is a
/// CID font with a ToUnicode map and measuring and drawing use the same glyph advances. Installs the font resolver.
/// </summary>
public static class XFonts
{
    private static readonly ConcurrentDictionary<FontSpec, XFont> Cache = new();

    /// <summary>The (cached) PDFsharp font for <paramref name="font"/>.</summary>
    public static XFont For(FontSpec font)
    {
        if (!(font.Size > 0) || double.IsInfinity(font.Size))
        {
            throw new ArgumentOutOfRangeException(nameof(font), font.Size, "Font size must be a positive number of points.");
        }

        PdfFontSetup.EnsureInstalled();
        return Cache.GetOrAdd(font, static f => new XFont(
            LiberationSerif.FamilyName,
            f.Size,
            Style(f.Variant),
            new XPdfFontOptions(PdfFontEncoding.Unicode)));
    }

    /// <summary>The PDFsharp style of a variant.</summary>
    public static XFontStyleEx Style(FontVariant variant) => variant switch
    {
        FontVariant.Regular => XFontStyleEx.Regular,
        FontVariant.Bold => XFontStyleEx.Bold,
        FontVariant.Italic => XFontStyleEx.Italic,
        FontVariant.BoldItalic => XFontStyleEx.BoldItalic,
        _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "Unknown font variant."),
    };
}
