namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>One line chosen by the line breaker: the items it spans and how its glue is set.</summary>
/// <param name="Start">Index of the line's first item (glue and penalties after the previous break are discarded).</param>
/// <param name="End">Index of the break item that ends the line (a glue or penalty, not part of the line's content).</param>
/// <param name="Slot">The indent and width the line is set to.</param>
/// <param name="Ratio">
/// Adjustment ratio: each glue is set to <c>width + ratio·stretch</c> when positive, <c>width + ratio·shrink</c> when
/// negative. 0 on the ragged last line and on a line with nothing to stretch.
/// </param>
/// <param name="NaturalWidth">The line's width with every glue at its natural width (including an added hyphen).</param>
/// <param name="EndsWithHyphen">Whether the line ends in a hyphen: a hyphenation point or an explicit hyphen (flagged break).</param>
/// <param name="HyphenAdded">Whether the break adds a hyphen that is not in the text (a hyphenation point).</param>
/// <param name="IsLast">Whether this is the last line of the paragraph (ragged, not justified).</param>
/// <param name="IsOverfull">Whether the line is wider than its slot even fully shrunk (only from the greedy fallback).</param>
/// <param name="Fitness">The line's fitness class.</param>
public sealed record LineBreak(
    int Start,
    int End,
    LineSlot Slot,
    double Ratio,
    double NaturalWidth,
    bool EndsWithHyphen,
    bool HyphenAdded,
    bool IsLast,
    bool IsOverfull,
    FitnessClass Fitness);
