using System.Globalization;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// Objective numbers: strategic objectives unique and without gaps; operational objectives written N.M,
/// under strategic objective N, unique and without gaps (PG3010–PG3013).
/// </summary>
public sealed class NumberingRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
    [
        DiagnosticDescriptors.DuplicateNumber, DiagnosticDescriptors.NumberingGap,
        DiagnosticDescriptors.WrongParent, DiagnosticDescriptors.MalformedNumber,
    ];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        var osSeen = new Dictionary<int, SourceLocation>();
        int? previousOs = null;
        foreach (var os in note.StrategicObjectives ?? [])
        {
            if (os.Number is not { } n)
            {
                continue;
            }

            if (!osSeen.TryAdd(n, os.Location))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateNumber, os.Location, "strategic objective", n, osSeen[n]);
            }
            else if ((previousOs is { } p && n > p + 1) || (previousOs is null && n > 1))
            {
                diagnostics.Add(DiagnosticDescriptors.NumberingGap, os.Location, "strategic objective", n, previousOs?.ToString(CultureInfo.InvariantCulture) ?? "the start");
            }

            previousOs = n;
            CheckOperational(os, diagnostics);
        }
    }

    private static void CheckOperational(StrategicObjective os, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<int, SourceLocation>();
        int? previous = null;
        foreach (var oo in os.OperationalObjectives ?? [])
        {
            if (oo.Number is null)
            {
                continue;
            }

            var parts = oo.Number.Split('.');
            if (parts.Length != 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
                || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                diagnostics.Add(DiagnosticDescriptors.MalformedNumber, oo.Location, oo.Number);
                continue;
            }

            if (parent != os.Number)
            {
                diagnostics.Add(DiagnosticDescriptors.WrongParent, oo.Location, oo.Number, os.NumberText);
                continue;
            }

            if (!seen.TryAdd(index, oo.Location))
            {
                diagnostics.Add(DiagnosticDescriptors.DuplicateNumber, oo.Location, "operational objective", oo.Number, seen[index]);
            }
            else if ((previous is { } p && index > p + 1) || (previous is null && index > 1))
            {
                diagnostics.Add(DiagnosticDescriptors.NumberingGap, oo.Location, "operational objective", oo.Number,
                    previous is { } q ? $"{parent}.{q}" : "the start");
            }

            previous = index;
        }
    }
}
