namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// First-fit line breaking, the fallback when no total fit exists (a word wider than the column, a line that cannot
/// stretch enough): each line takes as much as fits, with hyphenation; a line that cannot fit anything takes its
/// first break anyway and is marked overfull. Always terminates, one line per legal break at most.
/// </summary>
internal static class GreedyLineBreaker
{
    public static IReadOnlyList<LineBreak> Break(
        LineMeasure measure, IReadOnlyList<LayoutItem> items, ParagraphShape shape, int maxConsecutiveHyphens)
    {
        var lines = new List<LineBreak>();
        var last = items.Count - 1;
        var start = 0;
        var hyphenRun = 0;
        while (true)
        {
            var width = shape.Width(lines.Count);
            var chosen = -1;
            for (var b = start; b <= last; b++)
            {
                if (!measure.IsLegalBreak(b, allowHyphenation: true))
                {
                    continue;
                }

                var flagged = items[b].Kind == ItemKind.Penalty && items[b].Flagged;
                var allowedByHyphenRule = !flagged || hyphenRun < maxConsecutiveHyphens;
                var fit = measure.Fit(start, b, width, extraStretch: 0);
                if (fit.Overfull)
                {
                    break;
                }

                if (allowedByHyphenRule)
                {
                    chosen = b;
                }

                if (items[b].IsForcedBreak)
                {
                    break;
                }
            }

            if (chosen < 0)
            {
                // Nothing fits: an overfull line up to the first break the hyphen rule allows (the final forced
                // break always qualifies).
                chosen = FirstAllowedBreak(measure, items, start, last, allowFlagged: hyphenRun < maxConsecutiveHyphens);
            }

            var line = LineBreakFactory.Create(measure, items, shape, start, chosen, lines.Count);
            lines.Add(line);
            hyphenRun = line.EndsWithHyphen ? hyphenRun + 1 : 0;
            if (chosen == last)
            {
                return lines;
            }

            start = measure.ContentStartAfter(chosen);
        }
    }

    private static int FirstAllowedBreak(LineMeasure measure, IReadOnlyList<LayoutItem> items, int start, int last, bool allowFlagged)
    {
        for (var b = start; b <= last; b++)
        {
            if (measure.IsLegalBreak(b, allowHyphenation: true) && (allowFlagged || !items[b].Flagged))
            {
                return b;
            }
        }

        return last;
    }
}
