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
    /// <returns>The new file.</returns>
    public static byte[] Write(ReadOnlySpan<byte> pdf, SavedPdf saved, IReadOnlyDictionary<int, byte[]> replaced, IReadOnlyList<byte[]> added)
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

        // The new trailer and subsection first: then the length of the file is known and it is written into one array.
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

        var subsection = new StringBuilder();
        if (added.Count > 0)
        {
            subsection.Append(CultureInfo.InvariantCulture, $"{saved.Size} {added.Count}\n");
            foreach (var offset in offsets)
            {
                subsection.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n\r\n");
            }
        }

        // The trailer up to startxref, its /Size counting the added objects.
        var beforeSize = pdf[saved.Trailer..saved.SizeDigits.Start];
        var afterSize = pdf[saved.SizeDigits.End..];
        afterSize = afterSize[..afterSize.IndexOf("startxref"u8)];
        var table = saved.Trailer - saved.Xref;
        var tail = Encoding.ASCII.GetBytes(subsection.ToString());
        var newSize = Encoding.ASCII.GetBytes((saved.Size + added.Count).ToString(CultureInfo.InvariantCulture));
        var startXref = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"startxref\n{objectsEnd}\n%%EOF\n"));
        var file = new byte[objectsEnd + table + tail.Length + beforeSize.Length + newSize.Length + afterSize.Length + startXref.Length];

        var at = 0;
        var from = 0;
        foreach (var (range, bytes) in cuts)
        {
            at = Append(file, at, pdf[from..range.Offset]);
            at = Append(file, at, bytes);
            from = range.Offset + range.Length;
        }

        at = Append(file, at, pdf[from..saved.Xref]);
        foreach (var bytes in added)
        {
            at = Append(file, at, bytes);
            file[at++] = (byte)'\n';
        }

        var moved = file.AsSpan(at, table);
        pdf[saved.Xref..saved.Trailer].CopyTo(moved);
        saved.MoveTable(moved, offset => moves.LastOrDefault(m => offset > m.After).Delta);
        at += table;
        at = Append(file, at, tail);
        at = Append(file, at, beforeSize);
        at = Append(file, at, newSize);
        at = Append(file, at, afterSize);
        Append(file, at, startXref);
        return file;
    }

    private static int Append(byte[] target, int at, ReadOnlySpan<byte> part)
    {
        part.CopyTo(target.AsSpan(at));
        return at + part.Length;
    }
}
