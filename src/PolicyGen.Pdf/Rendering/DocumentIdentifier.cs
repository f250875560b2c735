using System.Security.Cryptography;
using System.Text;

namespace PolicyGen.Pdf.Rendering;

/// <summary>
/// The trailer's <c>/ID</c> of a saved file (also the XMP document id), derived from its content: the same sources
/// give the same identifier, and any change to what is painted, to the links or to the structure gives another; the
/// metadata (the information dictionary and the XMP packet) is left out, so a new title keeps the document's
/// identifier. The file is saved with <see cref="Placeholder"/>; what PDFsharp draws at random is made stable first
/// (<see cref="StableIdentifiers"/>), then the objects are hashed, then the random parts are derived again from the
/// identifier and the placeholder is overwritten in place (same length, so no offset moves).
/// </summary>
internal static class DocumentIdentifier
{
    /// <summary>What the document is saved with: 32 characters, as the identifier.</summary>
    public const string Placeholder = "00000000000000000000000000000000";

    /// <summary>Makes the saved <paramref name="pdf"/> stable and gives it its identifier.</summary>
    /// <returns>The identifier: 32 hexadecimal digits.</returns>
    /// <param name="pdf">The saved file.</param>
    /// <param name="saved">Its outline.</param>
    /// <param name="date">The date of the sources (link annotations).</param>
    /// <param name="metadata">The number of the XMP metadata stream (left out of the hash).</param>
    /// <param name="replaced">Objects that will replace those of the saved file (<see cref="PdfSplice"/>): hashed instead.</param>
    /// <param name="added">Objects that will be added: hashed too.</param>
    public static string Apply(Span<byte> pdf, SavedPdf saved, DateTimeOffset date, int metadata, IReadOnlyDictionary<int, byte[]> replaced, IReadOnlyList<byte[]> added)
    {
        StableIdentifiers.Apply(pdf, Placeholder, date);
        var id = Convert.ToHexString(ContentHash(pdf, saved, metadata, replaced, added).AsSpan(0, 16));
        StableIdentifiers.Apply(pdf, id, date);
        Write(pdf, id);
        return id;
    }

    /// <summary>
    /// The SHA-256 of the objects before the cross-reference table but the information dictionary, the XMP packet and
    /// those to be replaced, then of the replacements and the added objects.
    /// </summary>
    private static byte[] ContentHash(ReadOnlySpan<byte> pdf, SavedPdf saved, int metadata, IReadOnlyDictionary<int, byte[]> replaced, IReadOnlyList<byte[]> added)
    {
        var length = pdf.Length;
        var numbers = replaced.Keys.Append(saved.TrailerReference(pdf, "/Info "u8)).Append(metadata).Distinct().ToList();
        var left = new List<(int Offset, int Length)>();
        foreach (var number in numbers)
        {
            left.Add(saved.Object(pdf, number).GetOffsetAndLength(length));
        }

        left.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var at = 0;
        foreach (var (offset, size) in left)
        {
            hash.AppendData(pdf[at..offset]);
            at = offset + size;
        }

        hash.AppendData(pdf[at..saved.Xref]);
        foreach (var (_, bytes) in replaced.OrderBy(kv => kv.Key))
        {
            hash.AppendData(bytes);
        }

        foreach (var bytes in added)
        {
            hash.AppendData(bytes);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>
    /// Overwrites the placeholder in <c>/ID[&lt;…&gt;&lt;…&gt;]</c>: PDFsharp writes each identifier as the hexadecimal
    /// codes of its characters.
    /// </summary>
    private static void Write(Span<byte> pdf, string id)
    {
        var placeholder = Encoding.ASCII.GetBytes(Convert.ToHexString(Encoding.ASCII.GetBytes(Placeholder)));
        var replacement = Encoding.ASCII.GetBytes(Convert.ToHexString(Encoding.ASCII.GetBytes(id)));
        var at = pdf.LastIndexOf("/ID[<"u8);
        if (at < 0)
        {
            throw new InvalidDataException("The saved PDF has no /ID in its trailer.");
        }

        var first = pdf[(at + "/ID[<".Length)..];
        var second = first.Length > placeholder.Length + 2 ? first[(placeholder.Length + 2)..] : [];
        if (!first.StartsWith(placeholder) || !first[placeholder.Length..].StartsWith("><"u8) || !second.StartsWith(placeholder))
        {
            throw new InvalidDataException("The saved PDF's /ID is not the placeholder it was saved with.");
        }

        replacement.CopyTo(first);
        replacement.CopyTo(second);
    }
}
