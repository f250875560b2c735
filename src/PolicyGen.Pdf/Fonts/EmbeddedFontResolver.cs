using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace PolicyGen.Pdf.Fonts;

/// <summary>
/// A PDFsharp font resolver that serves only the Liberation Serif faces embedded in this assembly. Nothing is read
/// from the machine's font folders: any other family resolves to <c>null</c>, so PDFsharp fails loudly instead of
/// silently substituting a font whose metrics differ from the layout's.
/// </summary>
public sealed class EmbeddedFontResolver : IFontResolver
{
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName?.Trim(), LiberationSerif.FamilyName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new FontResolverInfo(LiberationSerif.FaceName(LiberationSerif.Variant(bold, italic)));
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
    {
        var variant = VariantOfFace(faceName);
        return variant is null ? null : _faces.GetOrAdd(faceName, _ => LiberationSerif.ReadFontFile(variant.Value));
    }

    private static Layout.FontVariant? VariantOfFace(string faceName)
    {
        foreach (var variant in Enum.GetValues<Layout.FontVariant>())
        {
            if (string.Equals(LiberationSerif.FaceName(variant), faceName, StringComparison.Ordinal))
            {
                return variant;
            }
        }

        return null;
    }
}
