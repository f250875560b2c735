using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// Placeholders left in a text (PG3003): XXX, XX as a word of its own (not a Roman numeral such as XXe or
/// XXI), TODO, FIXME, TBD, TBC, lorem ipsum, or a text made only of punctuation ("…", "/", "-").
/// </summary>
public sealed partial class PlaceholderRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.Placeholder];

    [GeneratedRegex(@"\b(X{3,}|TODO|FIXME|TBD|TBC|[Ll]orem ipsum)\b|(?<![\p{L}\p{N}])XX(?![\p{L}\p{N}])|^[\s\p{P}\p{S}]*[\p{P}\p{S}][\s\p{P}\p{S}]*$")]
    private static partial Regex PlaceholderPattern();

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var field in ModelWalker.Texts(note))
        {
            foreach (var language in LanguageExtensions.All)
            {
                if (field.Text[language] is { } value && Find(value) is { } placeholder)
                {
                    diagnostics.Add(DiagnosticDescriptors.Placeholder, field.Text.LocationOf(language), LanguageName(language), placeholder);
                }
            }
        }
    }

    /// <summary>The first placeholder in <paramref name="text"/>, or null.</summary>
    public static string? Find(string text) =>
        PlaceholderPattern().Match(text) is { Success: true } match ? match.Value.Trim() : null;
}
