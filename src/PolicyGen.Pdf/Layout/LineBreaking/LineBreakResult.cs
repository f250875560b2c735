namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>The lines of a paragraph as chosen by <see cref="KnuthPlassLineBreaker"/>.</summary>
public sealed class LineBreakResult
{
    /// <summary>A result over <paramref name="items"/>.</summary>
    public LineBreakResult(IReadOnlyList<LayoutItem> items, IReadOnlyList<LineBreak> lines, LineBreakPass pass, double totalDemerits)
    {
        Items = items;
        Lines = lines;
        Pass = pass;
        TotalDemerits = totalDemerits;
    }

    /// <summary>The paragraph's items, as given.</summary>
    public IReadOnlyList<LayoutItem> Items { get; }

    /// <summary>The lines, in order.</summary>
    public IReadOnlyList<LineBreak> Lines { get; }

    /// <summary>The pass that produced the lines.</summary>
    public LineBreakPass Pass { get; }

    /// <summary>Whether no total fit was found and the lines come from the greedy fallback (to be reported).</summary>
    public bool UsedFallback => Pass == LineBreakPass.GreedyFallback;

    /// <summary>The sum of the lines' demerits (NaN for the greedy fallback).</summary>
    public double TotalDemerits { get; }

    /// <summary>The number of lines that end in a hyphen.</summary>
    public int HyphenatedLineCount => Lines.Count(l => l.EndsWithHyphen);
}
