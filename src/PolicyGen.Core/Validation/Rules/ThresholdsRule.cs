using System.Globalization;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>Threshold sets are complete (PG3030), not inverted (PG3031) and in order (PG3032).</summary>
public sealed class ThresholdsRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticDescriptors.ThresholdsIncomplete, DiagnosticDescriptors.ThresholdsInverted, DiagnosticDescriptors.ThresholdsOutOfOrder];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var t in ModelWalker.Nodes(note).OfType<Thresholds>())
        {
            CheckOne(t, diagnostics);
        }
    }

    private static void CheckOne(Thresholds t, DiagnosticBag diagnostics)
    {
        var levels = t.Levels().ToList();
        var kinds = (t.Binary == true ? 1 : 0) + (levels.Count > 0 ? 1 : 0) + (t.PerAction == true ? 1 : 0);
        if (kinds > 1)
        {
            diagnostics.Add(DiagnosticDescriptors.ThresholdsIncomplete, t.Location,
                "the thresholds mix kinds: give binary, colour levels or per_action, not several");
            return;
        }

        if (kinds == 0 && t.Text is null)
        {
            diagnostics.Add(DiagnosticDescriptors.ThresholdsIncomplete, t.Location,
                "the thresholds are empty: give binary, colour levels, per_action or a text");
            return;
        }

        if (t.Wording is not null && t.Binary != true)
        {
            diagnostics.Add(DiagnosticDescriptors.ThresholdsIncomplete, t.Location, "'wording' only applies to binary thresholds");
        }

        if (levels.Count == 0)
        {
            return;
        }

        if (t.Green is null || t.Red is null)
        {
            diagnostics.Add(DiagnosticDescriptors.ThresholdsIncomplete, t.Location,
                $"the thresholds give {string.Join(" and ", levels.Select(l => Name(l.Colour)))} but not {(t.Green is null ? "green" : "red")}");
            return;
        }

        foreach (var (colour, level) in levels)
        {
            if (level is { Value: null, Min: null, Max: null, Text: null })
            {
                diagnostics.Add(DiagnosticDescriptors.ThresholdsIncomplete, level.Location, $"the {Name(colour)} level is empty");
            }

            if (level is { Min: { } lo, Max: { } hi } && lo > hi)
            {
                diagnostics.Add(DiagnosticDescriptors.ThresholdsOutOfOrder, level.Location,
                    $"the {Name(colour)} range runs from {Format(lo)} down to {Format(hi)}");
            }
        }

        var higher = t.Better != Direction.Lower;
        if (t.Green.Representative is { } g && t.Red.Representative is { } r)
        {
            if ((higher && g < r) || (!higher && g > r))
            {
                diagnostics.Add(DiagnosticDescriptors.ThresholdsInverted, t.Location, Format(g), higher ? "lower" : "higher", Format(r), higher ? "higher" : "lower");
                return;
            }

            if (t.Orange?.Representative is { } o && (o < Math.Min(g, r) || o > Math.Max(g, r)))
            {
                diagnostics.Add(DiagnosticDescriptors.ThresholdsOutOfOrder, t.Orange.Location,
                    $"orange ({Format(o)}) is not between green ({Format(g)}) and red ({Format(r)})");
            }

            CheckOverlaps(levels, diagnostics);
        }
    }

    private static void CheckOverlaps(List<(ThresholdColour Colour, ThresholdLevel Level)> levels, DiagnosticBag diagnostics)
    {
        var ranges = levels.Where(l => l.Level.Min is not null && l.Level.Max is not null).ToList();
        for (var i = 0; i < ranges.Count; i++)
        {
            for (var j = i + 1; j < ranges.Count; j++)
            {
                var a = ranges[i].Level;
                var b = ranges[j].Level;
                if (a.Min < b.Max && b.Min < a.Max)
                {
                    diagnostics.Add(DiagnosticDescriptors.ThresholdsOutOfOrder, b.Location,
                        $"the {Name(ranges[j].Colour)} range overlaps the {Name(ranges[i].Colour)} range");
                }
            }
        }
    }

    private static string Name(ThresholdColour colour) => colour.ToString().ToLowerInvariant();

    private static string Format(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
