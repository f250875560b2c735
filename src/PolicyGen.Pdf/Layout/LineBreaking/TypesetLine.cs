namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>A line ready to paint: its fragments at their justified positions, and its vertical extent.</summary>
/// <param name="Break">The line breaker's description of the line (ratio, hyphen, items).</param>
/// <param name="Fragments">The text pieces, left to right.</param>
/// <param name="Ascent">The largest ascent of the line's fonts (points above the baseline).</param>
/// <param name="Descent">The largest descent of the line's fonts (points below the baseline).</param>
public sealed record TypesetLine(LineBreak Break, IReadOnlyList<PlacedFragment> Fragments, double Ascent, double Descent)
{
    /// <summary>Where the line's ink ends: the right edge of its last fragment, from the column's left edge.</summary>
    public double Right => Fragments.Count == 0 ? Break.Slot.Indent : Fragments[^1].X + Fragments[^1].Width;

    /// <summary>The line's text as a reader would see it (fragments joined, spaces where the line has word spaces).</summary>
    public string Text => string.Concat(Fragments.Select(f => f.SpaceAfter ? f.Text + " " : f.Text));
}
