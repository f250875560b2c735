namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>What a piece of paragraph text is, for building items.</summary>
internal enum TextTokenKind
{
    /// <summary>Characters between spaces (may contain soft hyphens, spans several runs).</summary>
    Word,

    /// <summary>Breakable whitespace, collapsed.</summary>
    Space,

    /// <summary>Whitespace containing a U+00A0: stretchable, never a break.</summary>
    NoBreakSpace,

    /// <summary>U+202F or U+2007: fixed width, never a break.</summary>
    FixedSpace,

    /// <summary>U+200B: a break opportunity without width.</summary>
    ZeroWidthBreak,

    /// <summary>U+2028 or U+2029: a forced line break.</summary>
    LineBreak,
}
