using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// Replaces the XMP metadata stream of a saved PDF. PDFsharp 6.2 writes its own packet at every save (random ids, no
/// language, no keyword list, values not XML-escaped) and offers no way to change it; this rewrites the stream object
/// in place and moves every cross-reference offset behind it, so the file stays one revision.
/// </summary>
internal static partial class MetadataStream
{
    /// <param name="pdf">The saved file.</param>
    /// <param name="text">The file as saved, one character per byte (Latin-1), to search in; it may differ from <paramref name="pdf"/> in
    /// replacements of the same length (<see cref="StableIdentifiers"/>).</param>
    /// <param name="xmp">The new packet (UTF-8).</param>
    /// <returns>The file's bytes with the new packet.</returns>
    public static byte[] Replace(ReadOnlySpan<byte> pdf, string text, byte[] xmp)
    {
        var reference = CatalogMetadata().Match(text);
        if (!reference.Success)
        {
            throw new InvalidOperationException("The PDF has no metadata stream to replace.");
        }

        var number = reference.Groups[1].Value;
        var start = text.IndexOf("\n" + number + " 0 obj", StringComparison.Ordinal) + 1;
        var end = start <= 0 ? -1 : text.IndexOf("endobj", start, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new InvalidOperationException($"The metadata stream object {number} was not found.");
        }

        end += "endobj".Length;
        var replacement = $"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {xmp.Length.ToString(CultureInfo.InvariantCulture)}>>\nstream\n{Encoding.Latin1.GetString(xmp)}\nendstream\nendobj";
        var delta = replacement.Length - (end - start);

        // Objects behind the metadata stream, the cross-reference table and startxref move by delta.
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal);
        var trailer = text.IndexOf("trailer", xref, StringComparison.Ordinal);
        if (xref < end || trailer < 0)
        {
            throw new InvalidOperationException("The metadata stream is not followed by one cross-reference table.");
        }

        var table = XrefEntry().Replace(text[xref..trailer], match =>
        {
            var offset = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return offset > start ? (offset + delta).ToString("D10", CultureInfo.InvariantCulture) + match.Groups[2].Value : match.Value;
        });
        var tail = StartXref().Replace(text[trailer..], match =>
            "startxref\n" + (long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + delta).ToString(CultureInfo.InvariantCulture));

        var bytes = new byte[start + replacement.Length + (xref - end) + table.Length + tail.Length];
        pdf[..start].CopyTo(bytes);
        var at = start;
        at += Encoding.Latin1.GetBytes(replacement, bytes.AsSpan(at));
        pdf[end..xref].CopyTo(bytes.AsSpan(at));
        at += xref - end;
        at += Encoding.Latin1.GetBytes(table, bytes.AsSpan(at));
        Encoding.Latin1.GetBytes(tail, bytes.AsSpan(at));
        return bytes;
    }

    [GeneratedRegex(@"/Type/Catalog[^\n]*?/Metadata (\d+) 0 R")]
    private static partial Regex CatalogMetadata();

    [GeneratedRegex(@"(\d{10})( \d{5} n)")]
    private static partial Regex XrefEntry();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
