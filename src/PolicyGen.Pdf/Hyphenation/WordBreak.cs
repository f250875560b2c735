namespace PolicyGen.Pdf.Hyphenation;

/// <summary>A place where a word may be broken across lines.</summary>
/// <param name="Position">The index in the word of the first character that goes to the next line (1 … length − 1).</param>
/// <param name="Kind">Whether a hyphen must be added (<see cref="WordBreakKind.Hyphenation"/>) or is already there.</param>
public readonly record struct WordBreak(int Position, WordBreakKind Kind);
