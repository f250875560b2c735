namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// The line widths (and indents) of a paragraph, line by line: a few leading lines may differ (first-line indent,
/// hanging indent), then every further line has the same slot. Knowing that lines repeat from some index on lets
/// the line breaker merge equivalent candidates, keeping it linear.
/// </summary>
public sealed class ParagraphShape
{
    private readonly LineSlot[] _leading;

    /// <summary>A shape whose first lines are <paramref name="leading"/> and all later ones <paramref name="rest"/>.</summary>
    public ParagraphShape(IEnumerable<LineSlot> leading, LineSlot rest)
    {
        ArgumentNullException.ThrowIfNull(leading);
        _leading = [.. leading];
        Rest = rest;
        foreach (var slot in _leading.Append(rest))
        {
            if (!(slot.Width > 0) || double.IsInfinity(slot.Width) || !double.IsFinite(slot.Indent))
            {
                throw new ArgumentOutOfRangeException(nameof(leading), slot, "Line widths must be positive and finite.");
            }
        }
    }

    /// <summary>The slot of every line after the leading ones.</summary>
    public LineSlot Rest { get; }

    /// <summary>How many leading lines have their own slot; lines from this index on all use <see cref="Rest"/>.</summary>
    public int DistinctLines => _leading.Length;

    /// <summary>Every line <paramref name="width"/> wide, no indent.</summary>
    public static ParagraphShape Uniform(double width) => new([], new LineSlot(0, width));

    /// <summary>The first line indented by <paramref name="indent"/> (and so narrower), the others full width.</summary>
    public static ParagraphShape FirstLineIndent(double width, double indent) =>
        new([new LineSlot(indent, width - indent)], new LineSlot(0, width));

    /// <summary>
    /// A hanging indent: the first line full width, the others indented by <paramref name="indent"/> (a list item whose
    /// label starts the first line, a <c>Label : value</c> entry).
    /// </summary>
    public static ParagraphShape Hanging(double width, double indent) =>
        new([new LineSlot(0, width)], new LineSlot(indent, width - indent));

    /// <summary>The slot of line <paramref name="lineIndex"/> (0 = first line).</summary>
    public LineSlot Slot(int lineIndex) => lineIndex < _leading.Length ? _leading[lineIndex] : Rest;

    /// <summary>The width of line <paramref name="lineIndex"/>.</summary>
    public double Width(int lineIndex) => Slot(lineIndex).Width;
}
