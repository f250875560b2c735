namespace PolicyGen.Docx;

/// <summary>
/// The page in twentieths of a point (twips): size, margins, the gutter between the two columns and the body
/// font. The defaults follow the PDF: A4, 23.5 mm side margins, 32 mm top and 53 mm bottom, a 7.8 mm gutter, 10 pt text
/// in Liberation Serif (metric-compatible with Times New Roman).
/// </summary>
public sealed record PageSetup
{
    /// <summary>
    /// A4 portrait with the PDF's geometry (PolicyGen.Pdf PageSettings): two 220 pt columns and a 22 pt gutter
    /// centred on the page (side margins 66.6 pt), the body from 92 pt below the top edge, 600 pt high.
    /// </summary>
    public static PageSetup A4 { get; } = new();

    public int Width { get; init; } = 11906;

    public int Height { get; init; } = 16838;

    public int MarginTop { get; init; } = 1840;

    public int MarginBottom { get; init; } = 2998;

    public int MarginLeft { get; init; } = 1333;

    public int MarginRight { get; init; } = 1333;

    /// <summary>Distance from the page edge to the header and to the footer.</summary>
    public int HeaderDistance { get; init; } = 709;

    /// <summary>The space between the French and the Dutch column.</summary>
    public int Gutter { get; init; } = 440;

    /// <summary>The body text size in half-points (20 = 10 pt).</summary>
    public int FontHalfPoints { get; init; } = 20;

    /// <summary>The text face.</summary>
    public string Font { get; init; } = "Liberation Serif";

    /// <summary>The metric-compatible face a reader without <see cref="Font"/> gets.</summary>
    public string FallbackFont { get; init; } = "Times New Roman";

    /// <summary>The width between the margins.</summary>
    public int TextWidth => Width - MarginLeft - MarginRight;

    /// <summary>The width of one column cell of the layout table (half the text width, gutter included as cell margins).</summary>
    public int CellWidth => TextWidth / 2;

    /// <summary>The width of the text inside one column.</summary>
    public int ColumnTextWidth => CellWidth - (Gutter / 2);
}
