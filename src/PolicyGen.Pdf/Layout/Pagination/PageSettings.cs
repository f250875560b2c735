namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>
/// The geometry and type sizes of the A-453 page, in points (1/72 inch), y measured down from the top edge.
/// </summary>
/// <remarks>
/// Calibration (guide <c>a453-layout.md</c>): the print holds about 49 characters per column line and 37 non-empty
/// lines per full column; its printed lines measure 192–241 pt at 10 pt, median 219 pt. Justified lines fill the
/// measure, so the median is close to the column width: 10 pt Liberation Serif on a 220 pt column (≈ 49 characters of
/// French or Dutch text, whose mean advance is ≈ 0.45 em) with a 22 pt gutter, centred on A4 (64.6 pt side margins).
/// Leading 13.5 pt and a body of 580 pt (43 lines) give full columns of 36–38 text lines plus paragraph spacing
/// (half a line) and headings, as in the print. Measured on <c>content/2021-2022</c>: 48 characters per column line
/// (median; 90th percentile 55) against the print's 49 (57); 36–37 lines in a full column (75th–90th percentile).
/// The notes come out about 15 % longer than printed (86/70/40 pages for 75/63/33), the rest being lost where both
/// columns wait for the longer one at sync points and where headings move to the next page with their text.
/// </remarks>
public sealed record PageSettings
{
    /// <summary>The A-453 defaults.</summary>
    public static PageSettings Default { get; } = new();

    public double PageWidth { get; init; } = 595.276;

    public double PageHeight { get; init; } = 841.89;

    public double ColumnWidth { get; init; } = 220;

    public double Gutter { get; init; } = 22;

    /// <summary>Top of the text body (below the running header).</summary>
    public double BodyTop { get; init; } = 92;

    /// <summary>Height of the text body, footnotes included.</summary>
    public double BodyHeight { get; init; } = 580;

    /// <summary>Baseline of the running header.</summary>
    public double HeaderBaseline { get; init; } = 62;

    public double BodySize { get; init; } = 10;

    public double Leading { get; init; } = 13.5;

    /// <summary>Space between paragraphs.</summary>
    public double ParagraphSpacing { get; init; } = 6.75;

    public double HeaderSize { get; init; } = 9;

    public double FootnoteSize { get; init; } = 8;

    public double FootnoteLeading { get; init; } = 10;

    /// <summary>Size of a footnote call (superscript figure) in the text; it identifies calls in set lines.</summary>
    public double CallSize { get; init; } = 6.5;

    /// <summary>How far a footnote call is raised above the baseline.</summary>
    public double CallRise { get; init; } = 3.5;

    /// <summary>Indent per list level (the marker stands in it).</summary>
    public double ListIndent { get; init; } = 12;

    /// <summary>Reserved width for page numbers in a table of contents (so that the numbers never change the layout).</summary>
    public double ContentsNumberWidth { get; init; } = 22;

    /// <summary>Padding inside table cells, horizontally and vertically.</summary>
    public double CellPadding { get; init; } = 3;

    public double TableFontSize { get; init; } = 9;

    public double TableLeading { get; init; } = 11;

    /// <summary>Left edge of the left column.</summary>
    public double LeftMargin => (PageWidth - (2 * ColumnWidth) - Gutter) / 2;

    /// <summary>Bottom of the text body.</summary>
    public double BodyBottom => BodyTop + BodyHeight;

    /// <summary>Width of content spanning both columns.</summary>
    public double SpanWidth => (2 * ColumnWidth) + Gutter;

    /// <summary>Left edge of column 0 (left) or 1 (right).</summary>
    public double ColumnLeft(int column) => LeftMargin + (column * (ColumnWidth + Gutter));
}
