namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>Which pass of the line breaker produced the lines.</summary>
public enum LineBreakPass
{
    /// <summary>Total fit without hyphenation, within the pretolerance.</summary>
    WithoutHyphenation,

    /// <summary>Total fit with hyphenation, within the tolerance.</summary>
    WithHyphenation,

    /// <summary>Total fit with hyphenation and emergency stretch, accepting any line that is not overfull.</summary>
    EmergencyStretch,

    /// <summary>Every total fit has an overfull line: greedy first-fit, which leaves overfull or very loose lines. Report it.</summary>
    GreedyFallback,
}
