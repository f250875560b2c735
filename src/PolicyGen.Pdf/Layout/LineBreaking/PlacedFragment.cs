namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>A piece of text placed on a line: draw <see cref="Text"/> in <see cref="Font"/> at <see cref="X"/>.</summary>
/// <param name="Text">The characters (a word, part of a word in one face, or the added hyphen).</param>
/// <param name="Font">The face and size.</param>
/// <param name="X">Distance from the column's left edge to the fragment's start, in points (indent included).</param>
/// <param name="Width">The fragment's advance width.</param>
/// <param name="SpaceAfter">Whether a word space follows it on the line (for text extraction: a gap, not adjacency).</param>
public sealed record PlacedFragment(string Text, FontSpec Font, double X, double Width, bool SpaceAfter);
