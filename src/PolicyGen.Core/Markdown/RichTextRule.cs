using PolicyGen.Diagnostics;
using PolicyGen.Model;
using PolicyGen.Validation;

namespace PolicyGen.Markdown;

/// <summary>
/// Parses every rich-text field of every note, in each language, and reports what the document writers do
/// not support (headings, code, HTML, quotes, images, attributes…) and footnotes without text or never called,
/// at the place in the YAML file where it was written.
/// </summary>
public sealed class RichTextRule : NoteRule
{
    public override IReadOnlyList<DiagnosticDescriptor> Descriptors { get; } =
        [DiagnosticDescriptors.UnsupportedMarkdown, DiagnosticDescriptors.FootnoteUndefined, DiagnosticDescriptors.FootnoteUnused];

    protected override void Check(Project project, Note note, DiagnosticBag diagnostics)
    {
        var map = new YamlTextMap(project.RootDirectory);
        foreach (var field in ModelWalker.Texts(note).Where(f => f.Markdown))
        {
            var languages = field.Text.Both is not null ? [Language.Fr] : LanguageExtensions.All;
            foreach (var language in languages)
            {
                if (field.Text[language] is { Length: > 0 } text)
                {
                    MarkdownConverter.Convert(text, MarkdownDialect.RichText, map.For(field.Text.LocationOf(language)), diagnostics);
                }
            }
        }
    }
}
