namespace PolicyGen.Pdf.Layout;

/// <summary>A face of the text family at a size in points: what a run of text is measured and drawn with.</summary>
/// <param name="Variant">Regular, bold, italic or bold italic.</param>
/// <param name="Size">The em size in points (1/72 inch); must be positive.</param>
public readonly record struct FontSpec(FontVariant Variant, double Size)
{
    /// <summary>The regular face at <paramref name="size"/> points.</summary>
    public static FontSpec Regular(double size) => new(FontVariant.Regular, size);

    /// <summary>The bold face at <paramref name="size"/> points.</summary>
    public static FontSpec Bold(double size) => new(FontVariant.Bold, size);

    /// <summary>The italic face at <paramref name="size"/> points.</summary>
    public static FontSpec Italic(double size) => new(FontVariant.Italic, size);

    /// <summary>Whether the face is bold.</summary>
    public bool IsBold => Variant is FontVariant.Bold or FontVariant.BoldItalic;

    /// <summary>Whether the face is italic.</summary>
    public bool IsItalic => Variant is FontVariant.Italic or FontVariant.BoldItalic;

    /// <summary>The same face at another size.</summary>
    public FontSpec WithSize(double size) => this with { Size = size };
}
