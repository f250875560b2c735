using System.Globalization;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// Numbers, amounts, percentages, dates and years of a field that appear in one language's text but not in
/// the other's (PG3060), compared as values so that each language's way of writing them counts.
/// </summary>
public sealed class NumberParityRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.NumberMismatch];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var field in ModelWalker.Texts(note))
        {
            if (field.Text is not { Both: null, Fr: { } fr, Nl: { } nl } || string.IsNullOrWhiteSpace(fr) || string.IsNullOrWhiteSpace(nl))
            {
                continue;
            }

            var frNumbers = NumberExtractor.Numbers(fr).ToList();
            var nlNumbers = NumberExtractor.Numbers(nl).ToList();
            Report(frNumbers, nlNumbers, NumberExtractor.NumberWordValues(nl), field.Text.LocationOf(Model.Language.Fr), "French", "Dutch", diagnostics);
            Report(nlNumbers, frNumbers, NumberExtractor.NumberWordValues(fr), field.Text.LocationOf(Model.Language.Nl), "Dutch", "French", diagnostics);
        }
    }

    private static void Report(List<(decimal Value, string Written)> mine, List<(decimal Value, string Written)> theirs,
        IEnumerable<decimal> theirWords, SourceLocation location, string myLanguage, string theirLanguage, DiagnosticBag diagnostics)
    {
        var remaining = theirs.Select(n => n.Value).Concat(theirWords).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        var reported = new HashSet<decimal>();
        foreach (var (value, written) in mine)
        {
            if (remaining.TryGetValue(value, out var count) && count > 0)
            {
                remaining[value] = count - 1;
                continue;
            }

            if (reported.Add(value))
            {
                diagnostics.Add(DiagnosticDescriptors.NumberMismatch, location,
                    $"'{written}' ({value.ToString(CultureInfo.InvariantCulture)})", myLanguage, theirLanguage);
            }
        }
    }
}
