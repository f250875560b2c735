namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>Describes a chosen line (from any pass) as a <see cref="LineBreak"/>, with its real adjustment ratio.</summary>
internal static class LineBreakFactory
{
    public static LineBreak Create(
        LineMeasure measure, IReadOnlyList<LayoutItem> items, ParagraphShape shape, int start, int end, int lineIndex)
    {
        var slot = shape.Slot(lineIndex);
        var fit = measure.Fit(start, end, slot.Width, extraStretch: 0);
        var item = items[end];
        var flagged = item.Kind == ItemKind.Penalty && item.Flagged;
        var ratio = fit.Overfull ? -1 : fit.Ratio;
        return new LineBreak(
            Start: start,
            End: end,
            Slot: slot,
            Ratio: ratio,
            NaturalWidth: fit.Natural,
            EndsWithHyphen: flagged,
            HyphenAdded: flagged && !string.IsNullOrEmpty(item.Text),
            IsLast: end == items.Count - 1,
            IsOverfull: fit.Overfull,
            Fitness: fit.Fitness);
    }
}
