using PolicyGen.Diagnostics;
using PolicyGen.Model;
using PolicyGen.Validation.LanguageId;

namespace PolicyGen.Validation.Rules;

/// <summary>A paragraph of one language's text that reads as the other language (PG3050).</summary>
public sealed class LanguageRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } = [DiagnosticDescriptors.WrongLanguage];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        var identifier = LanguageIdentifier.Instance;
        foreach (var field in ModelWalker.Texts(note))
        {
            if (field.Text.Both is not null)
            {
                continue;
            }

            foreach (var language in LanguageExtensions.All)
            {
                if (field.Text[language] is not { } value)
                {
                    continue;
                }

                foreach (var paragraph in TextParts.Paragraphs(value))
                {
                    if (identifier.Identify(paragraph) is { } found && found != language)
                    {
                        diagnostics.Add(DiagnosticDescriptors.WrongLanguage, field.Text.LocationOf(language),
                            LanguageName(language), LanguageName(found), TextParts.Excerpt(paragraph));
                    }
                }
            }
        }
    }
}
