namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// The tuning of the Knuth–Plass line breaker, with TeX's meaning and (except where noted) TeX's defaults. Badness is
/// about <c>100·|ratio|³</c>, capped at 10000; a line is feasible when its badness is within the pass's tolerance and it
/// is not overfull (ratio ≥ −1). Looseness is always 0 (the optimum number of lines).
/// </summary>
public sealed record LineBreakParameters
{
    /// <summary>Default parameters, tuned for the narrow (≈ 49 characters) justified columns of the volume.</summary>
    public static LineBreakParameters Default { get; } = new();

    /// <summary>Pass 1 (no hyphenation) tolerance; a negative value skips pass 1. TeX: 100.</summary>
    public double Pretolerance { get; init; } = 100;

    /// <summary>Pass 2 (with hyphenation) tolerance. TeX: 200; higher here because the columns are narrow.</summary>
    public double Tolerance { get; init; } = 400;

    /// <summary>
    /// Stretch added to every line when rating it in pass 3 (points), which runs only if pass 2 finds nothing and accepts
    /// any line that is not overfull; a negative value skips pass 3. TeX: 0. Default 3 pt, about one word space of
    /// 10-point text.
    /// </summary>
    public double EmergencyStretch { get; init; } = 3;

    /// <summary>Added to every line's badness before squaring (favours fewer lines). TeX: 10.</summary>
    public double LinePenalty { get; init; } = 10;

    /// <summary>Added when two consecutive lines end in a hyphen (flagged breaks). TeX: 10000.</summary>
    public double DoubleHyphenDemerits { get; init; } = 10000;

    /// <summary>Added when the second-last line ends in a hyphen. TeX: 5000.</summary>
    public double FinalHyphenDemerits { get; init; } = 5000;

    /// <summary>Added when adjacent lines are more than one fitness class apart. TeX: 10000.</summary>
    public double AdjacentFitnessDemerits { get; init; } = 10000;

    /// <summary>
    /// Hard limit on consecutive lines ending in a hyphen (pattern or explicit), enforced by every pass including the
    /// greedy fallback (unless no other break exists). Default 2.
    /// </summary>
    public int MaxConsecutiveHyphens { get; init; } = 2;

    /// <summary>Above this many items the paragraph is set greedily (reported as a fallback), as a guard. Default 20000.</summary>
    public int MaxItemsForTotalFit { get; init; } = 20000;
}
