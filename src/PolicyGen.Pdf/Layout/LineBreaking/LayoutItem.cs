namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// One Knuth–Plass item: a box, a glue or a penalty. Widths are in points. Penalty costs follow TeX: at or above
/// <see cref="Forbidden"/> a penalty is never a break; at or below <see cref="Forced"/> it always is.
/// </summary>
public readonly record struct LayoutItem
{
    /// <summary>A penalty cost that forbids the break.</summary>
    public const double Forbidden = 10000;

    /// <summary>A penalty cost that forces the break.</summary>
    public const double Forced = -10000;

    private readonly string? _text;

    /// <summary>Box, glue or penalty.</summary>
    public ItemKind Kind { get; init; }

    /// <summary>Box width, glue natural width, or the width a penalty adds at the end of a line when broken.</summary>
    public double Width { get; init; }

    /// <summary>How much a glue may stretch (finite part).</summary>
    public double Stretch { get; init; }

    /// <summary>How much a glue may shrink.</summary>
    public double Shrink { get; init; }

    /// <summary>Whether a glue stretches infinitely (the paragraph's final fill, which leaves the last line ragged).</summary>
    public bool InfiniteStretch { get; init; }

    /// <summary>A penalty's cost.</summary>
    public double Cost { get; init; }

    /// <summary>Whether a penalty is a hyphen break (consecutive flagged breaks are penalised and limited).</summary>
    public bool Flagged { get; init; }

    /// <summary>Whether a penalty is a pattern hyphenation point, which the first (no-hyphenation) pass ignores.</summary>
    public bool IsHyphenationPoint { get; init; }

    /// <summary>The text of a box, the space character of a glue, or what a taken penalty adds (<c>-</c>); never null.</summary>
    public string Text
    {
        get => _text ?? string.Empty;
        init => _text = value;
    }

    /// <summary>The face and size the text is set in.</summary>
    public FontSpec Font { get; init; }

    /// <summary>Offset of the item in the paragraph's text (the runs concatenated), for diagnostics and mapping.</summary>
    public int Source { get; init; }

    /// <summary>Whether this is a penalty that forbids breaking.</summary>
    public bool IsForbiddenBreak => Kind == ItemKind.Penalty && Cost >= Forbidden;

    /// <summary>Whether this is a penalty that forces a break.</summary>
    public bool IsForcedBreak => Kind == ItemKind.Penalty && Cost <= Forced;

    /// <summary>A box of text.</summary>
    public static LayoutItem Box(double width, string text = "", FontSpec font = default, int source = 0) =>
        new() { Kind = ItemKind.Box, Width = width, Text = text, Font = font, Source = source };

    /// <summary>A glue (space).</summary>
    public static LayoutItem Glue(double width, double stretch, double shrink, string text = " ", FontSpec font = default, int source = 0) =>
        new() { Kind = ItemKind.Glue, Width = width, Stretch = stretch, Shrink = shrink, Text = text, Font = font, Source = source };

    /// <summary>A glue of zero width and infinite stretch (TeX's <c>\parfillskip</c>).</summary>
    public static LayoutItem Fill(int source = 0) =>
        new() { Kind = ItemKind.Glue, InfiniteStretch = true, Text = string.Empty, Source = source };

    /// <summary>A penalty.</summary>
    /// <param name="width">Width added at the end of the line if broken here (a hyphen's width), else 0.</param>
    /// <param name="cost">The cost of breaking here; see <see cref="Forbidden"/> and <see cref="Forced"/>.</param>
    /// <param name="flagged">Whether it is a hyphen break.</param>
    /// <param name="text">What the line shows at its end if broken here (<c>-</c> for a hyphenation point).</param>
    /// <param name="font">The face of that text.</param>
    /// <param name="isHyphenationPoint">Whether it comes from the hyphenation patterns.</param>
    /// <param name="source">Offset in the paragraph's text.</param>
    public static LayoutItem Penalty(
        double width, double cost, bool flagged, string text = "", FontSpec font = default, bool isHyphenationPoint = false, int source = 0) =>
        new()
        {
            Kind = ItemKind.Penalty, Width = width, Cost = cost, Flagged = flagged, Text = text, Font = font,
            IsHyphenationPoint = isHyphenationPoint, Source = source,
        };

    /// <summary>A penalty that forbids a break (before a no-break space, before the final fill).</summary>
    public static LayoutItem NoBreak(int source = 0) => Penalty(0, Forbidden, flagged: false, source: source);

    /// <summary>A penalty that forces a break (end of paragraph, explicit line break).</summary>
    public static LayoutItem ForcedBreak(int source = 0) => Penalty(0, Forced, flagged: false, source: source);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ItemKind.Box => $"[{Text}]",
        ItemKind.Glue when InfiniteStretch => "<fill>",
        ItemKind.Glue => $"<{Width:0.##}+{Stretch:0.##}-{Shrink:0.##}>",
        _ => IsForcedBreak ? "(!)" : IsForbiddenBreak ? "(~)" : Flagged ? $"({Text}{Cost:0})" : $"({Cost:0})",
    };
}
