using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>A single guillemet › or ‹ between two letters, where an apostrophe was meant: « d›une » (PG3071).</summary>
public sealed partial class GuillemetApostropheRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.GuillemetApostrophe];

    /// <summary>The word around a › or ‹ that has a letter on both sides.</summary>
    [GeneratedRegex(@"\p{L}+[›‹]\p{L}+")]
    private static partial Regex GuillemetInWord();

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var field in ModelWalker.Texts(note))
        {
            if (field.Text.Both is { } both)
            {
                Report(both, field.Text.Location, "shared", diagnostics);
                continue;
            }

            foreach (var language in LanguageExtensions.All)
            {
                if (field.Text[language] is { } value)
                {
                    Report(value, field.Text.LocationOf(language), LanguageName(language), diagnostics);
                }
            }
        }
    }

    /// <summary>The first word of <paramref name="text"/> with a guillemet for an apostrophe, or null.</summary>
    public static string? Find(string text) => GuillemetInWord().Match(text) is { Success: true } m ? m.Value : null;

    private static void Report(string text, SourceLocation location, string language, DiagnosticBag diagnostics)
    {
        if (Find(text) is { } word)
        {
            var guillemet = word[word.IndexOfAny(['›', '‹'])].ToString();
            diagnostics.Add(DiagnosticDescriptors.GuillemetApostrophe, location, language, guillemet, word);
        }
    }
}
