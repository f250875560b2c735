using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>A deadline is exactly one thing (PG3041) and falls within the legislature unless marked (PG3040).</summary>
public sealed class DeadlinesRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticDescriptors.DeadlineOutsideLegislature, DiagnosticDescriptors.DeadlineMalformed];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        var legislature = project.Volume.Legislature;
        foreach (var d in ModelWalker.Nodes(note).OfType<Deadline>())
        {
            var forms = (d.Year is null ? 0 : 1) + (d.Month is null ? 0 : 1) + (d.Date is null ? 0 : 1)
                + (d.RecurringUntil is null ? 0 : 1) + (d.Text is null ? 0 : 1);
            if (forms != 1)
            {
                diagnostics.Add(DiagnosticDescriptors.DeadlineMalformed, d.Location,
                    forms == 0 ? "the deadline is empty" : "the deadline gives several forms; give one of year, month, date, recurring_until, text");
                continue;
            }

            if (d.Month is not null && d.MonthValue() is null)
            {
                diagnostics.Add(DiagnosticDescriptors.DeadlineMalformed, d.Location, $"'{d.Month}' is not a month; write YYYY-MM");
                continue;
            }

            if (legislature is { Start: { } start, End: { } end } && d.BeyondLegislature != true)
            {
                foreach (var year in d.Years())
                {
                    if (year < start || year > end)
                    {
                        diagnostics.Add(DiagnosticDescriptors.DeadlineOutsideLegislature, d.Location, year, start, end);
                    }
                }
            }
        }
    }
}
