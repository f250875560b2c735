using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// Ids are unique within their kind in a note (PG3014), and every reference names an existing item
/// (PG3020): objectives' see_also, the regulatory agenda's objectives, KPIs' actions.
/// </summary>
public sealed partial class ReferencesRule : NoteRule
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]+$")]
    private static partial Regex IdPattern();

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticDescriptors.DuplicateId, DiagnosticDescriptors.DanglingReference, DiagnosticDescriptors.MalformedId];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        var objectives = new Dictionary<string, IObjective>(StringComparer.Ordinal);
        var strategic = new HashSet<string>(StringComparer.Ordinal);
        var operational = new HashSet<string>(StringComparer.Ordinal);
        foreach (var os in note.StrategicObjectives ?? [])
        {
            AddObjective(objectives, os, diagnostics);
            strategic.Add(os.EffectiveId);
            foreach (var oo in os.OperationalObjectives ?? [])
            {
                AddObjective(objectives, oo, diagnostics);
                operational.Add(oo.EffectiveId);
            }
        }

        var nodes = ModelWalker.Nodes(note).ToList();
        foreach (var node in nodes)
        {
            if (IdOf(node) is { } id && !IdPattern().IsMatch(id))
            {
                diagnostics.Add(DiagnosticDescriptors.MalformedId, node.Location, id);
            }
        }

        var planned = new Dictionary<string, PlannedAction>(StringComparer.Ordinal);
        var realised = new Dictionary<string, RealisedAction>(StringComparer.Ordinal);
        var others = new Dictionary<string, ModelNode>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case PlannedAction { Id: { } id } action:
                    AddUnique(planned, id, action, action.Location, diagnostics);
                    break;
                case RealisedAction { Id: { } id } action:
                    AddUnique(realised, id, action, action.Location, diagnostics);
                    break;
                case Kpi or Section or Actor or BilingualTable or RegulatoryText when IdOf(node) is { } otherId:
                    AddUnique(others, otherId, node, node.Location, diagnostics);
                    break;
            }
        }

        foreach (var node in nodes)
        {
            switch (node)
            {
                case StrategicObjective os:
                    CheckAll(os.SeeAlso, objectives.ContainsKey, "the objective", os.Location, diagnostics);
                    break;
                case OperationalObjective oo:
                    CheckAll(oo.SeeAlso, objectives.ContainsKey, "the objective", oo.Location, diagnostics);
                    break;
                case RegulatoryText text:
                    if (text.StrategicObjective is { } os2 && !strategic.Contains(os2))
                    {
                        diagnostics.Add(DiagnosticDescriptors.DanglingReference, text.Location, "the strategic objective", os2);
                    }

                    CheckAll(text.OperationalObjectives, operational.Contains, "the operational objective", text.Location, diagnostics);
                    break;
                case Kpi kpi:
                    CheckAll(kpi.Actions, planned.ContainsKey, "the planned action", kpi.Location, diagnostics);
                    break;
            }
        }
    }

    private static string? IdOf(ModelNode node) => node switch
    {
        StrategicObjective o => o.Id,
        OperationalObjective o => o.Id,
        PlannedAction a => a.Id,
        RealisedAction a => a.Id,
        Kpi k => k.Id,
        Section s => s.Id,
        Actor a => a.Id,
        BilingualTable t => t.Id,
        RegulatoryText r => r.Id,
        _ => null,
    };

    /// <summary>Derived ids repeat only when numbers do, which the numbering rule reports; explicit ids are checked here.</summary>
    private static void AddObjective(Dictionary<string, IObjective> objectives, IObjective objective, DiagnosticBag diagnostics)
    {
        if (objective.Id is null)
        {
            objectives.TryAdd(objective.EffectiveId, objective);
        }
        else
        {
            AddUnique(objectives, objective.EffectiveId, objective, objective.Location, diagnostics);
        }
    }

    private static void CheckAll(List<string>? ids, Func<string, bool> exists, string what, SourceLocation location, DiagnosticBag diagnostics)
    {
        foreach (var id in ids ?? [])
        {
            if (!exists(id))
            {
                diagnostics.Add(DiagnosticDescriptors.DanglingReference, location, what, id);
            }
        }
    }

    private static void AddUnique<T>(Dictionary<string, T> seen, string id, T item, SourceLocation location, DiagnosticBag diagnostics)
        where T : notnull
    {
        if (!seen.TryAdd(id, item))
        {
            var first = seen[id] is ModelNode n ? n.Location : seen[id] is IObjective o ? o.Location : SourceLocation.None;
            diagnostics.Add(DiagnosticDescriptors.DuplicateId, location, id, first);
        }
    }
}
