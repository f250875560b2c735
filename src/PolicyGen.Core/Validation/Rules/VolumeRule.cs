using System.Globalization;
using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>The settings of policygen.yaml are in range (PG3090) and name only configurable rules (PG3091).</summary>
public sealed partial class VolumeRule : IRule
{
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NoteId();

    public IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.InvalidVolume, DiagnosticDescriptors.UnknownRule];

    public void Check(Project project, DiagnosticBag diagnostics)
    {
        var volume = project.Volume;
        if (volume.Session is { } session && (project.FirstYear is not { } a || project.SecondYear is not { } b || b != a + 1))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidVolume, volume.Location, $"the session '{session}' is not two consecutive years such as 2021/2022");
        }

        if (volume.Columns is { } columns && (columns.Count != 2 || columns[0] == columns[1]))
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidVolume, volume.Location, "columns must name fr and nl once each, such as [fr, nl]");
        }

        if (volume.Legislature is { Start: { } start, End: { } end } legislature && start > end)
        {
            diagnostics.Add(DiagnosticDescriptors.InvalidVolume, legislature.Location,
                $"the legislature starts in {start.ToString(CultureInfo.InvariantCulture)}, after it ends");
        }

        foreach (var entry in volume.Notes ?? [])
        {
            if (entry.Id is { } id && !NoteId().IsMatch(id))
            {
                diagnostics.Add(DiagnosticDescriptors.InvalidVolume, entry.Location,
                    $"the note id '{id}' must be lower-case letters and digits joined by dashes");
            }
        }

        foreach (var code in volume.Rules?.Keys.AsEnumerable() ?? [])
        {
            if (!DiagnosticDescriptors.All.Any(d => d.Id == code && d.Configurable))
            {
                diagnostics.Add(DiagnosticDescriptors.UnknownRule, volume.Location, code);
            }
        }
    }
}
