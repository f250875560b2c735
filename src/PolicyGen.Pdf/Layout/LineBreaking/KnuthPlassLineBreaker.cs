namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// Knuth–Plass total-fit line breaking (Knuth &amp; Plass 1981, as in TeX): the breaks that minimise the sum of the
/// lines' demerits, by dynamic programming over feasible breaks. Passes, in order, until one succeeds:
/// <list type="number">
/// <item>without hyphenation points, within <see cref="LineBreakParameters.Pretolerance"/>;</item>
/// <item>with hyphenation, within <see cref="LineBreakParameters.Tolerance"/>;</item>
/// <item>with <see cref="LineBreakParameters.EmergencyStretch"/> added to every line's stretch when rating it, and any
/// line that is not overfull accepted (TeX's final pass): the best of the bad solutions;</item>
/// <item>a greedy first-fit fallback, flagged in the result, only when every solution has an overfull line (a word
/// or unbreakable group wider than the line).</item>
/// </list>
/// Candidates are merged by (fitness class, line class, hyphen run): lines past the shape's distinct leading lines
/// are interchangeable, so the work stays linear in the paragraph. The limit on consecutive hyphenated lines is a hard
/// constraint, on top of the double-hyphen demerits.
/// </summary>
public sealed class KnuthPlassLineBreaker
{
    private readonly LineBreakParameters _parameters;

    /// <summary>A line breaker with <paramref name="parameters"/> (or the defaults).</summary>
    public KnuthPlassLineBreaker(LineBreakParameters? parameters = null)
    {
        _parameters = parameters ?? LineBreakParameters.Default;
        if (_parameters.MaxConsecutiveHyphens < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(parameters), "MaxConsecutiveHyphens must not be negative.");
        }
    }

    /// <summary>Breaks <paramref name="items"/> into lines of <paramref name="shape"/>.</summary>
    /// <param name="items">The paragraph, ending with a forced break (as <see cref="ParagraphItemBuilder"/> makes it).</param>
    /// <param name="shape">The width of each line.</param>
    /// <exception cref="ArgumentException">The items do not end with a forced break.</exception>
    public LineBreakResult Break(IReadOnlyList<LayoutItem> items, ParagraphShape shape)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(shape);
        if (items.Count == 0 || !items[^1].IsForcedBreak)
        {
            throw new ArgumentException("A paragraph's items must end with a forced break.", nameof(items));
        }

        var measure = new LineMeasure(items);
        if (items.Count <= _parameters.MaxItemsForTotalFit)
        {
            if (_parameters.Pretolerance >= 0
                && RunPass(measure, items, shape, hyphenate: false, _parameters.Pretolerance, 0) is { } first)
            {
                return Result(measure, items, shape, first, LineBreakPass.WithoutHyphenation);
            }

            if (RunPass(measure, items, shape, hyphenate: true, _parameters.Tolerance, 0) is { } second)
            {
                return Result(measure, items, shape, second, LineBreakPass.WithHyphenation);
            }

            if (_parameters.EmergencyStretch >= 0
                && RunPass(measure, items, shape, hyphenate: true, LineMeasure.InfiniteBadness, _parameters.EmergencyStretch) is { } third)
            {
                return Result(measure, items, shape, third, LineBreakPass.EmergencyStretch);
            }
        }

        var lines = GreedyLineBreaker.Break(measure, items, shape, _parameters.MaxConsecutiveHyphens);
        return new LineBreakResult(items, lines, LineBreakPass.GreedyFallback, double.NaN);
    }

    private BreakNode? RunPass(
        LineMeasure measure, IReadOnlyList<LayoutItem> items, ParagraphShape shape, bool hyphenate, double tolerance, double extraStretch)
    {
        var last = items.Count - 1;
        var active = new List<BreakNode>
        {
            new()
            {
                Position = -1, ContentStart = 0, Lines = 0, Fitness = FitnessClass.Decent, HyphenRun = 0, Flagged = false,
                TotalDemerits = 0,
            },
        };
        var candidates = new Candidates();

        for (var b = 0; b <= last; b++)
        {
            if (!measure.IsLegalBreak(b, hyphenate))
            {
                continue;
            }

            var item = items[b];
            var forced = item.IsForcedBreak;
            var flagged = item.Kind == ItemKind.Penalty && item.Flagged;
            candidates.Clear();

            // Nodes that can no longer start a line are dropped in place, keeping the others in order (ties go to
            // the earlier node).
            var kept = 0;
            for (var i = 0; i < active.Count; i++)
            {
                var from = active[i];
                var fit = measure.Fit(from.ContentStart, b, shape.Width(from.Lines), extraStretch);
                if (!fit.Overfull && fit.Badness <= tolerance)
                {
                    var run = flagged ? from.HyphenRun + 1 : 0;
                    if (run <= _parameters.MaxConsecutiveHyphens)
                    {
                        var total = from.TotalDemerits + Demerits(fit, item, from, flagged, isFinal: b == last);
                        var lineClass = Math.Min(from.Lines + 1, shape.DistinctLines);
                        if (candidates.Improves(fit.Fitness, lineClass, run, total, out var slot))
                        {
                            candidates.Put(slot, lineClass, new BreakNode
                            {
                                Position = b, ContentStart = measure.ContentStartAfter(b), Lines = from.Lines + 1,
                                Fitness = fit.Fitness, HyphenRun = run, Flagged = flagged, TotalDemerits = total,
                                Previous = from,
                            });
                        }
                    }
                }

                if (!fit.Overfull && !forced)
                {
                    active[kept++] = from;
                }
            }

            active.RemoveRange(kept, active.Count - kept);
            candidates.AppendTo(active);
            if (active.Count == 0)
            {
                return null;
            }
        }

        BreakNode? result = null;
        foreach (var node in active)
        {
            if (node.Position == last && (result is null || node.TotalDemerits < result.TotalDemerits))
            {
                result = node;
            }
        }

        return result;
    }

    private double Demerits(LineFit fit, LayoutItem item, BreakNode from, bool flagged, bool isFinal)
    {
        var linePart = _parameters.LinePenalty + fit.Badness;
        var demerits = linePart * linePart;
        if (item.Kind == ItemKind.Penalty && !item.IsForcedBreak)
        {
            demerits += item.Cost >= 0 ? item.Cost * item.Cost : -(item.Cost * item.Cost);
        }

        if (flagged && from.Flagged)
        {
            demerits += _parameters.DoubleHyphenDemerits;
        }

        if (isFinal && from.Flagged)
        {
            demerits += _parameters.FinalHyphenDemerits;
        }

        if (Math.Abs(fit.Fitness - from.Fitness) > 1)
        {
            demerits += _parameters.AdjacentFitnessDemerits;
        }

        return demerits;
    }

    private static LineBreakResult Result(
        LineMeasure measure, IReadOnlyList<LayoutItem> items, ParagraphShape shape, BreakNode end, LineBreakPass pass)
    {
        var path = new List<BreakNode>();
        for (var node = end; node.Previous is not null; node = node.Previous)
        {
            path.Add(node);
        }

        path.Reverse();
        var lines = new List<LineBreak>(path.Count);
        var start = 0;
        for (var i = 0; i < path.Count; i++)
        {
            var node = path[i];
            lines.Add(LineBreakFactory.Create(measure, items, shape, start, node.Position, i));
            start = node.ContentStart;
        }

        return new LineBreakResult(items, lines, pass, end.TotalDemerits);
    }
}
