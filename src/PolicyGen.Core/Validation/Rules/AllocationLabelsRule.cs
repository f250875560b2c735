using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// One allocation code with different labels in one note (PG3016). Codes are compared by their digits
/// (05.002.08.01.1211 and 05 002 08 01 1211 are one code); labels per language, without regard to spacing,
/// case and a final full stop. The label that most places give (the first one on a tie) is taken as the
/// right one; each place that gives another is reported.
/// </summary>
public sealed class AllocationLabelsRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.AllocationLabelDiffers];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        var byCode = ModelWalker.Nodes(note).OfType<BudgetAllocation>()
            .Where(a => a.Code is not null && a.Label is not null)
            .GroupBy(a => new string([.. a.Code!.Where(char.IsAsciiDigit)]), StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0 && g.Count() > 1);
        foreach (var group in byCode)
        {
            foreach (var language in LanguageExtensions.All)
            {
                var labelled = group
                    .Select(a => (Allocation: a, Label: a.Label![language]!, Key: Key(a.Label![language])))
                    .Where(x => x.Key is not null)
                    .ToList();
                var usual = labelled.GroupBy(x => x.Key, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count())
                    .Select(g => g.First())
                    .FirstOrDefault();
                foreach (var (allocation, label, key) in labelled)
                {
                    if (key != usual.Key)
                    {
                        diagnostics.Add(DiagnosticDescriptors.AllocationLabelDiffers, allocation.Label!.LocationOf(language),
                            LanguageName(language), allocation.Code, TextParts.Flat(label), TextParts.Flat(usual.Label),
                            usual.Allocation.Label!.LocationOf(language));
                    }
                }
            }
        }
    }

    /// <summary>What two labels must share to be the same label.</summary>
    private static string? Key(string? label) =>
        string.IsNullOrWhiteSpace(label) ? null : TextParts.Flat(label).TrimEnd('.').TrimEnd().ToLowerInvariant();
}
