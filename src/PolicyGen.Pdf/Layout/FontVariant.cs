namespace PolicyGen.Pdf.Layout;

/// <summary>The four faces of the text family: regular, bold, italic and bold italic.</summary>
public enum FontVariant
{
    /// <summary>Upright, normal weight.</summary>
    Regular,

    /// <summary>Upright, bold weight.</summary>
    Bold,

    /// <summary>Italic, normal weight.</summary>
    Italic,

    /// <summary>Italic, bold weight.</summary>
    BoldItalic,
}
