using System.Globalization;
using System.Text;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// Replaces the XMP metadata stream of a saved PDF. PDFsharp 6.2 writes its own packet at every save (random ids, no
/// language, no keyword list, values not XML-escaped) and offers no way to change it; this rewrites the stream object
/// and moves every cross-reference offset behind it, so the file stays one revision.
/// </summary>
/// <remarks>
/// It finds the stream as a PDF reader does (<see cref="SavedPdf"/>: the trailer's <c>/Root</c>, the catalog's
/// <c>/Metadata</c>). The file is never converted to text: the parts before and after the stream are copied once,
/// into the array of the new file.
/// </remarks>
internal static class MetadataStream
{
    /// <param name="pdf">The saved file (one revision, a classic cross-reference table).</param>
    /// <param name="saved">Its outline.</param>
    /// <param name="xmp">The new packet (UTF-8).</param>
    /// <param name="output">Receives the file with the new packet.</param>
    public static void Replace(ReadOnlySpan<byte> pdf, SavedPdf saved, byte[] xmp, Stream output)
    {
        var number = Number(pdf, saved);
        var (start, length) = saved.Object(pdf, number).GetOffsetAndLength(pdf.Length);
        var end = start + length;
        if (saved.Xref < end)
        {
            throw SavedPdf.Malformed("the metadata stream is not followed by the cross-reference table");
        }

        var header = Encoding.ASCII.GetBytes($"{number.ToString(CultureInfo.InvariantCulture)} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n");
        var footer = "\nendstream\nendobj"u8;
        var delta = header.Length + xmp.Length + footer.Length - (end - start);

        // One array of the final length, written at once: the output may keep it as it is (no growing buffer).
        var trailer = pdf[saved.Trailer..];
        var beforeStartXref = trailer[..trailer.IndexOf("startxref"u8)];
        var tail = Encoding.ASCII.GetBytes($"startxref\n{(saved.Xref + delta).ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        var table = saved.Trailer - saved.Xref;
        var bytes = new byte[start + header.Length + xmp.Length + footer.Length + (saved.Xref - end) + table + beforeStartXref.Length + tail.Length];
        var at = Append(bytes, 0, pdf[..start]);
        at = Append(bytes, at, header);
        at = Append(bytes, at, xmp);
        at = Append(bytes, at, footer);
        at = Append(bytes, at, pdf[end..saved.Xref]);
        saved.WriteMovedTable(pdf, bytes.AsSpan(at, table), after: start, delta);
        at = Append(bytes, at + table, beforeStartXref);
        Append(bytes, at, tail);
        output.Write(bytes);
    }

    /// <summary>The number of the metadata stream object: the catalog's <c>/Metadata</c>.</summary>
    public static int Number(ReadOnlySpan<byte> pdf, SavedPdf saved)
    {
        var catalog = pdf[saved.Object(pdf, saved.TrailerReference(pdf, "/Root "u8))];
        return SavedPdf.ReferenceAfter(catalog, "/Metadata "u8) ?? throw SavedPdf.Malformed("the catalog has no /Metadata");
    }

    private static int Append(byte[] target, int at, ReadOnlySpan<byte> part)
    {
        part.CopyTo(target.AsSpan(at));
        return at + part.Length;
    }
}
