namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>Where one line of a paragraph goes: its left indent from the column edge and its width, in points.</summary>
/// <param name="Indent">Distance from the column's left edge to the line's start.</param>
/// <param name="Width">The measure the line is justified to.</param>
public readonly record struct LineSlot(double Indent, double Width);
