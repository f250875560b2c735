using System.Globalization;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// A planned action whose deadline is certainly later than its objective's (PG3042): the action's period
/// starts after the objective's period ends (action 2024, objective 2023; action 2022-09, objective
/// 2022-06-30). Only years, months and dates are compared; recurring deadlines and texts are not. The
/// objective's deadline is that of its planning, or the one given with its description (the later one when
/// both are given); an actor's actions are compared with the actor's planning deadline when it has one.
/// </summary>
public sealed class ActionDeadlinesRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.ActionDeadlineAfterObjective];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var os in note.StrategicObjectives ?? [])
        {
            var osDeadline = Latest(os.Planning?.Deadline, os.Deadline);
            CheckActions(os.Planning, osDeadline, $"strategic objective {os.NumberText}", diagnostics);
            foreach (var oo in os.OperationalObjectives ?? [])
            {
                var ooDeadline = Latest(oo.Planning?.Deadline, oo.Deadline);
                var what = $"operational objective {oo.NumberText}";
                CheckActions(oo.Planning, ooDeadline, what, diagnostics);
                foreach (var actor in oo.Actors ?? [])
                {
                    if (Period(actor.Planning?.Deadline) is not null)
                    {
                        CheckActions(actor.Planning, actor.Planning!.Deadline, $"{what} (the actor's planning)", diagnostics);
                    }
                    else
                    {
                        CheckActions(actor.Planning, ooDeadline, what, diagnostics);
                    }
                }
            }
        }
    }

    private static void CheckActions(Planning? planning, Deadline? objective, string what, DiagnosticBag diagnostics)
    {
        if (planning?.Actions is not { } actions || Period(objective) is not { } limit)
        {
            return;
        }

        foreach (var action in actions)
        {
            if (Period(action.Deadline) is { } period && period.Start > limit.End)
            {
                diagnostics.Add(DiagnosticDescriptors.ActionDeadlineAfterObjective, action.Deadline!.Location,
                    Written(action.Deadline!), Written(objective!), what);
            }
        }
    }

    /// <summary>Of two deadlines, the one whose period ends later (or the only one that is a year, month or date).</summary>
    private static Deadline? Latest(Deadline? a, Deadline? b) =>
        (Period(a), Period(b)) switch
        {
            ({ } pa, { } pb) => pa.End >= pb.End ? a : b,
            (not null, null) => a,
            (null, not null) => b,
            _ => null,
        };

    /// <summary>The first and last day a year, month or date deadline stands for; null for other deadlines.</summary>
    public static (DateOnly Start, DateOnly End)? Period(Deadline? d)
    {
        if (d is null || d.RecurringUntil is not null || d.Text is not null)
        {
            return null;
        }

        return (d.Year, d.MonthValue(), d.Date) switch
        {
            ({ } y, null, null) when y is >= 1 and <= 9999 => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)),
            (null, { } m, null) => (m, new DateOnly(m.Year, m.Month, DateTime.DaysInMonth(m.Year, m.Month))),
            (null, null, { } date) => (date, date),
            _ => null,
        };
    }

    private static string Written(Deadline d) =>
        d.Year?.ToString(CultureInfo.InvariantCulture) ?? d.Month ?? d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
}
