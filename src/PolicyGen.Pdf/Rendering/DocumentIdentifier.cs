using System.Security.Cryptography;
using System.Text;
using PolicyGen.Pdf.Rendering.Tagging;

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
    public static string Apply(Span<byte> pdf, SavedPdf saved, DateTimeOffset date)
    {
        StableIdentifiers.Apply(pdf, Placeholder, date);
        var id = Convert.ToHexString(ContentHash(pdf, saved).AsSpan(0, 16));
        StableIdentifiers.Apply(pdf, id, date);
        Write(pdf, id);
        return id;
    }

    /// <summary>The SHA-256 of the objects before the cross-reference table but the information dictionary and the XMP packet.</summary>
    private static byte[] ContentHash(ReadOnlySpan<byte> pdf, SavedPdf saved)
    {
        var length = pdf.Length;
        var left = new[] { saved.Object(pdf, saved.TrailerReference(pdf, "/Info "u8)), saved.Object(pdf, MetadataStream.Number(pdf, saved)) }
            .Select(range => range.GetOffsetAndLength(length))
            .OrderBy(range => range.Offset)
            .ToList();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var at = 0;
        foreach (var (offset, size) in left)
        {
            hash.AppendData(pdf[at..offset]);
            at = offset + size;
        }

        hash.AppendData(pdf[at..saved.Xref]);
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
