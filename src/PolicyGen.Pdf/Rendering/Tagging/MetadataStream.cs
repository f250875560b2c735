using System.Globalization;
using System.Text;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// The XMP metadata stream of a saved PDF, to replace (<see cref="PdfSplice"/>): PDFsharp 6.2 writes its own packet at
/// every save (random ids, no language, no keyword list, values not XML-escaped) and offers no way to change it.
/// </summary>
internal static class MetadataStream
{
    /// <summary>The stream object <paramref name="number"/> holding <paramref name="xmp"/> (UTF-8).</summary>
    public static byte[] Object(int number, byte[] xmp)
    {
        var header = Encoding.ASCII.GetBytes($"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n");
        var footer = "\nendstream\nendobj"u8;
        var bytes = new byte[header.Length + xmp.Length + footer.Length];
        header.CopyTo(bytes, 0);
        xmp.CopyTo(bytes, header.Length);
        footer.CopyTo(bytes.AsSpan(header.Length + xmp.Length));
        return bytes;
    }

    /// <summary>The number of the metadata stream object: the catalog's <c>/Metadata</c>.</summary>
    public static int Number(ReadOnlySpan<byte> pdf, SavedPdf saved)
    {
        var catalog = pdf[saved.Object(pdf, saved.TrailerReference(pdf, "/Root "u8))];
        return SavedPdf.ReferenceAfter(catalog, "/Metadata "u8) ?? throw SavedPdf.Malformed("the catalog has no /Metadata");
    }
}
