using PolicyGen.Diagnostics;
using PolicyGen.Model;

namespace PolicyGen.Validation.Rules;

/// <summary>Every text is given in both languages (PG3001) and says something (PG3002).</summary>
public sealed class TextLanguagesRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticDescriptors.MissingLanguage, DiagnosticDescriptors.EmptyText];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        foreach (var field in ModelWalker.Texts(note))
        {
            var text = field.Text;
            if (text.Both is not null)
            {
                if (string.IsNullOrWhiteSpace(text.Both))
                {
                    diagnostics.Add(DiagnosticDescriptors.EmptyText, text.Location);
                }

                continue;
            }

            var fr = !string.IsNullOrWhiteSpace(text.Fr);
            var nl = !string.IsNullOrWhiteSpace(text.Nl);
            if (fr && !nl)
            {
                diagnostics.Add(DiagnosticDescriptors.MissingLanguage, text.Location, "Dutch", "French");
            }
            else if (nl && !fr)
            {
                diagnostics.Add(DiagnosticDescriptors.MissingLanguage, text.Location, "French", "Dutch");
            }
            else if (!fr && !nl)
            {
                diagnostics.Add(DiagnosticDescriptors.EmptyText, text.Location);
            }
        }
    }
}
