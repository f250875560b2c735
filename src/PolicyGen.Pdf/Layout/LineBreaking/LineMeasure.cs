namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// Running totals over a paragraph's items, so that the natural width, stretch and shrink of any candidate line are
/// O(1), and the badness arithmetic shared by the total-fit passes and the greedy fallback.
/// </summary>
internal sealed class LineMeasure
{
    /// <summary>Badness of a line that cannot stretch enough ("infinitely bad").</summary>
    public const double InfiniteBadness = 10000;

    private readonly IReadOnlyList<LayoutItem> _items;
    private readonly double[] _width;
    private readonly double[] _stretch;
    private readonly double[] _shrink;
    private readonly int[] _fills;

    public LineMeasure(IReadOnlyList<LayoutItem> items)
    {
        _items = items;
        var n = items.Count;
        _width = new double[n + 1];
        _stretch = new double[n + 1];
        _shrink = new double[n + 1];
        _fills = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            var item = items[i];
            var isBox = item.Kind == ItemKind.Box;
            var isGlue = item.Kind == ItemKind.Glue;
            _width[i + 1] = _width[i] + (isBox || isGlue ? item.Width : 0);
            _stretch[i + 1] = _stretch[i] + (isGlue && !item.InfiniteStretch ? item.Stretch : 0);
            _shrink[i + 1] = _shrink[i] + (isGlue ? item.Shrink : 0);
            _fills[i + 1] = _fills[i] + (isGlue && item.InfiniteStretch ? 1 : 0);
        }
    }

    public int Count => _items.Count;

    /// <summary>Whether item <paramref name="b"/> is a legal break (in a pass that may or may not use hyphenation points).</summary>
    public bool IsLegalBreak(int b, bool allowHyphenation)
    {
        var item = _items[b];
        return item.Kind switch
        {
            ItemKind.Penalty => item.Cost < LayoutItem.Forbidden && (allowHyphenation || !item.IsHyphenationPoint),
            ItemKind.Glue => b > 0 && _items[b - 1].Kind == ItemKind.Box,
            _ => false,
        };
    }

    /// <summary>The index where the line after a break at <paramref name="b"/> starts: discardable items are skipped.</summary>
    public int ContentStartAfter(int b)
    {
        var s = b + 1;
        while (s < _items.Count && _items[s].Kind != ItemKind.Box && !_items[s].IsForcedBreak)
        {
            s++;
        }

        return s;
    }

    /// <summary>The line from content start <paramref name="s"/> to break <paramref name="b"/> set to <paramref name="width"/>.</summary>
    public LineFit Fit(int s, int b, double width, double extraStretch)
    {
        var item = _items[b];
        var natural = _width[b] - _width[s] + (item.Kind == ItemKind.Penalty ? item.Width : 0);
        var stretch = _stretch[b] - _stretch[s];
        var shrink = _shrink[b] - _shrink[s];
        var fills = _fills[b] - _fills[s];

        const double epsilon = 1e-9;
        if (natural < width - epsilon)
        {
            if (fills > 0)
            {
                return new LineFit(natural, 0, 0, FitnessClass.Decent, false);
            }

            // Emergency stretch goes only to lines that can stretch at all (TeX adds it to every line, which makes
            // a lone word look acceptable).
            if (stretch > 0)
            {
                stretch += extraStretch;
            }

            if (stretch <= 0)
            {
                return new LineFit(natural, 0, InfiniteBadness, FitnessClass.VeryLoose, false);
            }

            var r = (width - natural) / stretch;
            var badness = Badness(r);
            var fitness = badness > 99 ? FitnessClass.VeryLoose : badness > 12 ? FitnessClass.Loose : FitnessClass.Decent;
            return new LineFit(natural, r, badness, fitness, false);
        }

        if (natural > width + epsilon)
        {
            if (natural - shrink > width + epsilon || shrink <= 0)
            {
                var r = shrink > 0 ? (width - natural) / shrink : double.NegativeInfinity;
                return new LineFit(natural, r, InfiniteBadness, FitnessClass.Tight, true);
            }

            var ratio = (width - natural) / shrink;
            var b2 = Badness(ratio);
            return new LineFit(natural, ratio, b2, b2 > 12 ? FitnessClass.Tight : FitnessClass.Decent, false);
        }

        return new LineFit(natural, 0, 0, FitnessClass.Decent, false);
    }

    /// <summary>TeX's badness: about 100·|r|³, capped at <see cref="InfiniteBadness"/>.</summary>
    public static double Badness(double ratio)
    {
        var a = Math.Abs(ratio);
        return a >= 4.65 ? InfiniteBadness : Math.Min(InfiniteBadness, 100 * a * a * a);
    }
}
