namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>An element of a column's vertical list: a space, an unbreakable box, or a forced page break.</summary>
internal abstract record FlowItem;

/// <summary>Vertical space; dropped at the top of a page.</summary>
internal sealed record FlowSpace(double Height) : FlowItem;

/// <summary>A forced page break inside a column.</summary>
internal sealed record FlowPageBreak : FlowItem;

/// <summary>
/// An unbreakable box (a line of text, a table row) with its content relative to its top-left corner. A page may not
/// break before a box that keeps with the previous one (orphans, widows, what follows a heading).
/// </summary>
internal sealed record FlowBox(double Height, IReadOnlyList<PlacedLine> Lines, IReadOnlyList<PlacedRule> Rules) : FlowItem
{
    /// <summary>No page break before this box.</summary>
    public bool KeepWithPrevious { get; init; }

    /// <summary>A heading or label: what follows must stay with it (also across units).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>The footnotes called in this box, by number.</summary>
    public IReadOnlyList<int> Footnotes { get; init; } = [];

    /// <summary>For a table body row: the header rows to repeat when the row starts a page.</summary>
    public IReadOnlyList<FlowBox>? RepeatHeader { get; init; }

    /// <summary>The id of the heading or block this box starts, if any.</summary>
    public string? Anchor { get; init; }

    /// <summary>The id this box links to (an entry of a table of contents), if any.</summary>
    public string? LinkTarget { get; init; }
}
