namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>A feasible break found by a total-fit pass, with the best way to reach it.</summary>
internal sealed class BreakNode
{
    /// <summary>Index of the break item; −1 for the start of the paragraph.</summary>
    public required int Position { get; init; }

    /// <summary>Index where the next line's content starts.</summary>
    public required int ContentStart { get; init; }

    /// <summary>Number of lines that end at or before this break (so the next line's index).</summary>
    public required int Lines { get; init; }

    /// <summary>Fitness class of the line that ends here.</summary>
    public required FitnessClass Fitness { get; init; }

    /// <summary>How many lines in a row, up to this one, end in a hyphen.</summary>
    public required int HyphenRun { get; init; }

    /// <summary>Whether this break is a flagged (hyphen) penalty.</summary>
    public required bool Flagged { get; init; }

    /// <summary>Demerits of the best path from the paragraph start to here.</summary>
    public required double TotalDemerits { get; init; }

    /// <summary>The break before this one on the best path.</summary>
    public BreakNode? Previous { get; init; }
}
