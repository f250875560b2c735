namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>How a candidate line fits its width.</summary>
/// <param name="Natural">Natural width.</param>
/// <param name="Ratio">Adjustment ratio (0 when the line has a fill, or nothing to stretch).</param>
/// <param name="Badness">TeX badness.</param>
/// <param name="Fitness">Fitness class.</param>
/// <param name="Overfull">Wider than the width even fully shrunk.</param>
internal readonly record struct LineFit(double Natural, double Ratio, double Badness, FitnessClass Fitness, bool Overfull);
