namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>Which pass of the line breaker produced the lines.</summary>
public enum LineBreakPass
{
    /// <summary>Total fit without hyphenation, within the pretolerance.</summary>
    WithoutHyphenation,

    /// <summary>Total fit with hyphenation, within the tolerance.</summary>
    WithHyphenation,

    /// <summary>Total fit with hyphenation and emergency stretch added to every line.</summary>
    EmergencyStretch,

    /// <summary>No feasible total fit: greedy first-fit, which may leave overfull or very loose lines. Report it.</summary>
    GreedyFallback,
}
