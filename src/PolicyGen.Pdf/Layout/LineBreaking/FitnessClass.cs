namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// TeX's fitness classes of a line, from its badness; adjacent lines more than one class apart cost extra demerits
/// (a tight line next to a loose one looks uneven). Ordered from tight to very loose.
/// </summary>
public enum FitnessClass
{
    /// <summary>Shrunk, badness above 12.</summary>
    Tight,

    /// <summary>Badness 12 or less, stretched or shrunk.</summary>
    Decent,

    /// <summary>Stretched, badness 13 to 99.</summary>
    Loose,

    /// <summary>Stretched, badness 100 or more.</summary>
    VeryLoose,
}
