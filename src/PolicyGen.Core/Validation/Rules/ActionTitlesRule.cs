using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// A realised and a planned action with the same id whose titles agree in one language but differ in the
/// other (PG3015): one column was reworded in one place only. Titles that differ in both languages are a
/// renamed action and are not reported; nor are actions without a title in both places.
/// </summary>
public sealed class ActionTitlesRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.ActionTitleDiffers];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        var realised = new Dictionary<string, RealisedAction>(StringComparer.Ordinal);
        var planned = new List<PlannedAction>();
        foreach (var node in ModelWalker.Nodes(note))
        {
            switch (node)
            {
                case RealisedAction { Id: { } id } r:
                    realised.TryAdd(id, r);
                    break;
                case PlannedAction { Id: not null } p:
                    planned.Add(p);
                    break;
            }
        }

        foreach (var p in planned)
        {
            if (!realised.TryGetValue(p.Id!, out var r) || p.Title is null || r.Title is null)
            {
                continue;
            }

            var differs = LanguageExtensions.All
                .Where(l => Normalize(p.Title[l]) is { } a && Normalize(r.Title[l]) is { } b && a != b)
                .ToList();
            var same = LanguageExtensions.All
                .Where(l => Normalize(p.Title[l]) is { } a && Normalize(r.Title[l]) is { } b && a == b)
                .ToList();
            if (differs is [var language] && same is [var other])
            {
                diagnostics.Add(DiagnosticDescriptors.ActionTitleDiffers, p.Title.LocationOf(language), LanguageName(language), p.Id,
                    TextParts.Flat(p.Title[language]!), TextParts.Flat(r.Title[language]!), r.Title.LocationOf(language),
                    LanguageName(other));
            }
        }
    }

    private static string? Normalize(string? title) =>
        string.IsNullOrWhiteSpace(title) ? null : TextParts.Flat(title);
}
