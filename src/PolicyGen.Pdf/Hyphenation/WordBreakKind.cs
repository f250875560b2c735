namespace PolicyGen.Pdf.Hyphenation;

/// <summary>How a word may be broken at a <see cref="WordBreak"/>.</summary>
public enum WordBreakKind
{
    /// <summary>A hyphenation point found by the patterns: a hyphen is added at the end of the line.</summary>
    Hyphenation,

    /// <summary>Just after a hyphen already in the word (<c>porte-/monnaie</c>): nothing is added.</summary>
    ExplicitHyphen,
}
