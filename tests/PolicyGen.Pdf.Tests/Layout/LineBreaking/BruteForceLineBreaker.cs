using PolicyGen.Pdf.Layout.LineBreaking;

namespace PolicyGen.Tests.Layout.LineBreaking;

/// <summary>
/// A reference for the total-fit pass written independently of the real one: it walks every sequence of legal
/// breaks (exponential, for small paragraphs only) and returns the least total demerits of the feasible ones, with the
/// same definitions (TeX badness and demerits, fitness classes, the hard limit on consecutive hyphens).
/// </summary>
internal static class BruteForceLineBreaker
{
    public static double? MinimumDemerits(IReadOnlyList<LayoutItem> items, ParagraphShape shape, LineBreakParameters p, double tolerance)
    {
        var best = double.PositiveInfinity;
        var last = items.Count - 1;

        void Walk(int start, int line, bool previousFlagged, FitnessClass previousFitness, int hyphenRun, double total)
        {
            for (var b = start; b <= last; b++)
            {
                var item = items[b];
                var legal = item.Kind == ItemKind.Penalty
                    ? item.Cost < LayoutItem.Forbidden
                    : item.Kind == ItemKind.Glue && b > 0 && items[b - 1].Kind == ItemKind.Box;
                if (!legal)
                {
                    continue;
                }

                var forced = item.Kind == ItemKind.Penalty && item.Cost <= LayoutItem.Forced;
                if (Rate(items, start, b, shape.Width(line)) is { } rating && rating.Badness <= tolerance)
                {
                    var flagged = item.Kind == ItemKind.Penalty && item.Flagged;
                    var run = flagged ? hyphenRun + 1 : 0;
                    if (run <= p.MaxConsecutiveHyphens)
                    {
                        var d = (p.LinePenalty + rating.Badness) * (p.LinePenalty + rating.Badness);
                        if (item.Kind == ItemKind.Penalty && !forced)
                        {
                            d += Math.Sign(item.Cost) * item.Cost * item.Cost;
                        }

                        d += flagged && previousFlagged ? p.DoubleHyphenDemerits : 0;
                        d += b == last && previousFlagged ? p.FinalHyphenDemerits : 0;
                        d += Math.Abs((int)rating.Fitness - (int)previousFitness) > 1 ? p.AdjacentFitnessDemerits : 0;
                        if (b == last)
                        {
                            best = Math.Min(best, total + d);
                        }
                        else
                        {
                            Walk(NextStart(items, b), line + 1, flagged, rating.Fitness, run, total + d);
                        }
                    }
                }

                if (forced)
                {
                    return;
                }
            }
        }

        Walk(0, 0, previousFlagged: false, FitnessClass.Decent, 0, 0);
        return double.IsPositiveInfinity(best) ? null : best;
    }

    private static int NextStart(IReadOnlyList<LayoutItem> items, int b)
    {
        var s = b + 1;
        while (s < items.Count && items[s].Kind != ItemKind.Box && !(items[s].Kind == ItemKind.Penalty && items[s].Cost <= LayoutItem.Forced))
        {
            s++;
        }

        return s;
    }

    /// <summary>Badness and fitness of the line from <paramref name="start"/> to break <paramref name="b"/>; null if overfull.</summary>
    private static (double Badness, FitnessClass Fitness)? Rate(IReadOnlyList<LayoutItem> items, int start, int b, double width)
    {
        double natural = 0, stretch = 0, shrink = 0;
        var fill = false;
        for (var i = start; i < b; i++)
        {
            var item = items[i];
            if (item.Kind == ItemKind.Box)
            {
                natural += item.Width;
            }
            else if (item.Kind == ItemKind.Glue)
            {
                natural += item.Width;
                shrink += item.Shrink;
                fill |= item.InfiniteStretch;
                stretch += item.InfiniteStretch ? 0 : item.Stretch;
            }
        }

        if (items[b].Kind == ItemKind.Penalty)
        {
            natural += items[b].Width;
        }

        if (Math.Abs(natural - width) < 1e-9)
        {
            return (0, FitnessClass.Decent);
        }

        if (natural < width)
        {
            if (fill)
            {
                return (0, FitnessClass.Decent);
            }

            if (stretch <= 0)
            {
                return (10000, FitnessClass.VeryLoose);
            }

            var badness = Badness((width - natural) / stretch);
            return (badness, badness > 99 ? FitnessClass.VeryLoose : badness > 12 ? FitnessClass.Loose : FitnessClass.Decent);
        }

        if (shrink <= 0 || natural - shrink > width + 1e-9)
        {
            return null;
        }

        var tight = Badness((width - natural) / shrink);
        return (tight, tight > 12 ? FitnessClass.Tight : FitnessClass.Decent);
    }

    private static double Badness(double ratio) => Math.Min(10000, 100 * Math.Abs(ratio * ratio * ratio));
}
