using PolicyGen.Pdf.Layout.LineBreaking;

namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>
/// The geometry and type sizes of the A-453 page, in points (1/72 inch), y measured down from the top edge.
/// </summary>
/// <remarks>
/// Calibration (guide <c>a453-layout.md</c>): the print holds about 49 characters per column line; its printed lines
/// measure 192–241 pt at 10 pt, median 219 pt. Justified lines fill the measure, so the median is close to the column
/// width: 10 pt Liberation Serif on a 220 pt column (≈ 49 characters of French or Dutch text, whose mean advance is
/// ≈ 0.45 em) with a 22 pt gutter, centred on A4 (64.6 pt side margins). The extract of the print has 37–40 non-empty
/// lines in the median page column (90th percentile 46–48), about 41 on average over a note's text pages; leading
/// 12.5 pt (Times at 10 pt "single" in a word processor is 11.5 pt) and a body of 600 pt (48 lines) give 36–43 text
/// lines per column with paragraph spacing of half a line and the headings. Measured on <c>content/2021-2022</c>:
/// 77/63/36 pages for the printed 75/63/33.
/// <para>
/// Line breaking: the columns are narrow (≈ 8 word spaces a line), so TeX's defaults hyphenate about one line in
/// seven (the print: about one in twenty). Word spaces stretch by 0.8 of their width, paragraphs that set within
/// badness 200 are not hyphenated at all, and a hyphen costs as much as a fairly loose line (penalty 500): about 8 %
/// of the lines end in a hyphen, with word spaces at most 2.2 times their natural width in 95 % of the lines.
/// </para>
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
    public double BodyHeight { get; init; } = 600;

    /// <summary>Baseline of the running header.</summary>
    public double HeaderBaseline { get; init; } = 62;

    public double BodySize { get; init; } = 10;

    public double Leading { get; init; } = 12.5;

    /// <summary>Space between paragraphs.</summary>
    public double ParagraphSpacing { get; init; } = 6.25;

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

    /// <summary>How justified text is broken into lines (tolerances, demerits).</summary>
    public LineBreakParameters LineBreaking { get; init; } = new() { Pretolerance = 200, Tolerance = 600 };

    /// <summary>Word-space elasticity and the cost of hyphenating, for justified text.</summary>
    public ItemBuilderOptions Words { get; init; } = new() { HyphenPenalty = 500, SpaceStretch = 0.8 };

    /// <summary>Left edge of the left column.</summary>
    public double LeftMargin => (PageWidth - (2 * ColumnWidth) - Gutter) / 2;

    /// <summary>Bottom of the text body.</summary>
    public double BodyBottom => BodyTop + BodyHeight;

    /// <summary>Width of content spanning both columns.</summary>
    public double SpanWidth => (2 * ColumnWidth) + Gutter;

    /// <summary>Left edge of column 0 (left) or 1 (right).</summary>
    public double ColumnLeft(int column) => LeftMargin + (column * (ColumnWidth + Gutter));
}
