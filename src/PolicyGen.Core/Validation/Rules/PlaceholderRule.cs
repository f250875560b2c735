using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>Placeholders left in a text: XXX, TODO, FIXME, TBD, lorem ipsum, or a text that is only "…" (PG3003).</summary>
public sealed partial class PlaceholderRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.Placeholder];

    [GeneratedRegex(@"\b(X{3,}|TODO|FIXME|TBD|TBC|[Ll]orem ipsum)\b|^\s*(…|\.\.\.|\[…\]|\(…\))\s*$")]
    private static partial Regex PlaceholderPattern();

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var field in ModelWalker.Texts(note))
        {
            foreach (var language in LanguageExtensions.All)
            {
                if (field.Text[language] is { } value && PlaceholderPattern().Match(value) is { Success: true } match)
                {
                    diagnostics.Add(DiagnosticDescriptors.Placeholder, field.Text.LocationOf(language), LanguageName(language), match.Value.Trim());
                }
            }
        }
    }
}
