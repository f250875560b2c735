using System.Text.RegularExpressions;
using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>
/// When a note has a list of abbreviations: acronyms used in a language's texts but not listed for that
/// language (PG3080), and entries never used (PG3081).
/// </summary>
public sealed partial class AbbreviationsRule : NoteRule
{
    /// <summary>Upper-case words of two letters or more (digits and inner dashes allowed), not Roman numerals.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d-])(?=[A-Z0-9-]*[A-Z][A-Z0-9-]*[A-Z])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\p{L}\d])")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^[IVXLC]+$")]
    private static partial Regex Roman();

    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticDescriptors.AbbreviationNotListed, DiagnosticDescriptors.AbbreviationUnused];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        if (note.Abbreviations is not { Count: > 0 } list)
        {
            return;
        }

        // The list itself and the note's label wording are not text of the note.
        var texts = ModelWalker.Texts(note).Where(t => t.Owner is not Abbreviation && t.Key != "labels").ToList();
        foreach (var language in LanguageExtensions.All)
        {
            var listed = list.Select(a => a.Abbr?[language]).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in texts)
            {
                if (field.Text[language] is not { } value)
                {
                    continue;
                }

                foreach (var entry in listed)
                {
                    if (ContainsWord(value, entry))
                    {
                        used.Add(entry);
                    }
                }

                foreach (Match m in Acronym().Matches(value))
                {
                    if (!Roman().IsMatch(m.Value) && !listed.Contains(m.Value) && reported.Add(m.Value))
                    {
                        diagnostics.Add(DiagnosticDescriptors.AbbreviationNotListed, field.Text.LocationOf(language), m.Value, LanguageName(language));
                    }
                }
            }

            foreach (var entry in list)
            {
                if (entry.Abbr?[language] is { } abbr && !used.Contains(abbr))
                {
                    diagnostics.Add(DiagnosticDescriptors.AbbreviationUnused, entry.Abbr.LocationOf(language), abbr, LanguageName(language));
                }
            }
        }
    }

    private static bool ContainsWord(string text, string word)
    {
        var start = 0;
        while ((start = text.IndexOf(word, start, StringComparison.Ordinal)) >= 0)
        {
            var before = start == 0 || !char.IsLetterOrDigit(text[start - 1]);
            var end = start + word.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }

            start = end;
        }

        return false;
    }
}
