namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>A paragraph broken into placed lines.</summary>
/// <param name="Breaking">The line breaker's result (items, breaks, pass, fallback flag).</param>
/// <param name="Lines">The placed lines, in order.</param>
public sealed record TypesetParagraph(LineBreakResult Breaking, IReadOnlyList<TypesetLine> Lines)
{
    /// <summary>Whether the greedy fallback was needed (no acceptable total fit): to be reported.</summary>
    public bool UsedFallback => Breaking.UsedFallback;
}
