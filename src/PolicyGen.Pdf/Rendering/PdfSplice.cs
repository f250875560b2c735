using System.Globalization;
using System.Text;

namespace PolicyGen.Pdf.Rendering;

/// <summary>
/// Writes a saved file again with some of its objects replaced and new objects added before the cross-reference
/// table, which gets their entries (a new subsection) and every offset moved by what changed before it; the trailer's
/// <c>/Size</c> and <c>startxref</c> follow. The file stays one revision. What PDFsharp cannot write as we need it
/// (the XMP packet, the structure tree) is written this way after the save.
/// </summary>
internal static class PdfSplice
{
    /// <param name="pdf">The saved file.</param>
    /// <param name="saved">Its outline.</param>
    /// <param name="replaced">New bytes for existing objects, by number: each from <c>N 0 obj</c> to <c>endobj</c>.</param>
    /// <param name="added">New objects, numbered from the trailer's <c>/Size</c> on, each from <c>N 0 obj</c> to <c>endobj</c>.</param>
    /// <param name="output">Receives the new file, from its first byte to its last, in one pass.</param>
    public static void Write(ReadOnlySpan<byte> pdf, SavedPdf saved, IReadOnlyDictionary<int, byte[]> replaced, IReadOnlyList<byte[]> added, Stream output)
    {
        var cuts = new List<((int Offset, int Length) Range, byte[] Bytes)>();
        foreach (var (number, bytes) in replaced)
        {
            cuts.Add((saved.Object(pdf, number).GetOffsetAndLength(pdf.Length), bytes));
        }

        cuts.Sort((a, b) => a.Range.Offset.CompareTo(b.Range.Offset));
        if (cuts.Count > 0 && cuts[^1].Range.Offset + cuts[^1].Range.Length > saved.Xref)
        {
            throw SavedPdf.Malformed("an object to replace is not before the cross-reference table");
        }

        // How far each stretch of the saved objects moves, and where the added objects go.
        var moves = new List<(int After, int Delta)>();
        var delta = 0;
        foreach (var (range, bytes) in cuts)
        {
            delta += bytes.Length - range.Length;
            moves.Add((range.Offset, delta));
        }

        var objectsEnd = saved.Xref + delta;
        var offsets = new List<long>(added.Count);
        foreach (var bytes in added)
        {
            offsets.Add(objectsEnd);
            objectsEnd += bytes.Length + 1;
        }

        var from = 0;
        foreach (var (range, bytes) in cuts)
        {
            output.Write(pdf[from..range.Offset]);
            output.Write(bytes);
            from = range.Offset + range.Length;
        }

        output.Write(pdf[from..saved.Xref]);
        foreach (var bytes in added)
        {
            output.Write(bytes);
            output.WriteByte((byte)'\n');
        }

        // The table with its offsets moved (the saved one is left as it was), then the subsection of the added objects.
        var table = pdf[saved.Xref..saved.Trailer].ToArray();
        saved.MoveTable(table, offset => moves.LastOrDefault(m => offset > m.After).Delta);
        output.Write(table);
        if (added.Count > 0)
        {
            var subsection = new StringBuilder();
            subsection.Append(CultureInfo.InvariantCulture, $"{saved.Size} {added.Count}\n");
            foreach (var offset in offsets)
            {
                subsection.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n\r\n");
            }

            output.Write(Encoding.ASCII.GetBytes(subsection.ToString()));
        }

        // The trailer up to startxref, its /Size counting the added objects.
        var afterSize = pdf[saved.SizeDigits.End..];
        output.Write(pdf[saved.Trailer..saved.SizeDigits.Start]);
        output.Write(Encoding.ASCII.GetBytes((saved.Size + added.Count).ToString(CultureInfo.InvariantCulture)));
        output.Write(afterSize[..afterSize.IndexOf("startxref"u8)]);
        output.Write(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{objectsEnd}\n%%EOF\n")));
    }
}
