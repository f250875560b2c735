namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>How <see cref="ParagraphItemBuilder"/> turns text into items: word-space elasticity and break costs.</summary>
public sealed record ItemBuilderOptions
{
    /// <summary>Default options.</summary>
    public static ItemBuilderOptions Default { get; } = new();

    /// <summary>Cost of breaking at a hyphenation point. TeX: 50; 100 here, as the narrow columns hyphenate eagerly.</summary>
    public double HyphenPenalty { get; init; } = 100;

    /// <summary>Cost of breaking after an explicit hyphen. TeX: 50.</summary>
    public double ExplicitHyphenPenalty { get; init; } = 50;

    /// <summary>
    /// Word-space stretch as a fraction of the space's width. TeX's Computer Modern: 1/2 of a 1/3-em space; Times-like
    /// faces have a narrower 1/4-em space, so 0.6 here.
    /// </summary>
    public double SpaceStretch { get; init; } = 0.6;

    /// <summary>Word-space shrink as a fraction of the space's width. TeX's fonts: about 1/3.</summary>
    public double SpaceShrink { get; init; } = 1.0 / 3;

    /// <summary>
    /// Whether a breakable space before <c>: ; ! ? » %</c> or after <c>«</c> is made unbreakable, so that such signs
    /// never start or end a line even when the source has an ordinary space there. Default true.
    /// </summary>
    public bool KeepPunctuationWithWord { get; init; } = true;

    /// <summary>Whether the paragraph's last word may be hyphenated (French practice: no). Default false.</summary>
    public bool HyphenateLastWord { get; init; }
}
