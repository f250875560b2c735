namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>A run of paragraph text in one face and size. A paragraph is a sequence of runs; words may span runs.</summary>
/// <param name="Text">
/// The text. Breakable spaces (any whitespace) collapse to one word space; U+00A0 is a stretchable space that never
/// breaks; U+202F (narrow no-break space) and U+2007 (figure space) are fixed-width and never break; U+00AD marks
/// the only places a word may be hyphenated; U+200B allows a break without a space; U+2028 forces a line break.
/// </param>
/// <param name="Font">The face and size.</param>
public readonly record struct TextRun(string Text, FontSpec Font);
