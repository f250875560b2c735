namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>The three kinds of Knuth–Plass items.</summary>
public enum ItemKind
{
    /// <summary>Fixed-width material (a word or a piece of a word); never a break.</summary>
    Box,

    /// <summary>Elastic space; a legal break when it directly follows a box.</summary>
    Glue,

    /// <summary>A possible break with a cost, and an extra width (a hyphen) that appears only if the break is taken.</summary>
    Penalty,
}
