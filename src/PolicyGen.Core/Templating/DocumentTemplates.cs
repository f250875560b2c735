using PolicyGen.Diagnostics;
using PolicyGen.Model;
using PolicyGen.Templating.Views;
using Scriban.Runtime;

namespace PolicyGen.Templating;

/// <summary>The Markdown of one rendering and where the ids it uses were written in the sources.</summary>
public sealed record RenderedMarkdown(string Markdown, IReadOnlyDictionary<string, SourceLocation> Origins);

/// <summary>
/// Renders the volume's cover (<c>volume.sbn</c>) and each note (<c>note.sbn</c>) in one language. The templates
/// receive <c>lang</c>, <c>volume</c> and, for a note, <c>note</c> (see templates/a453/README.md), and the
/// functions <c>pg.*</c>. Footnote texts taken out of rich text are appended at the end.
/// </summary>
public sealed class DocumentTemplates(TemplateRenderer renderer)
{
    public const string VolumeTemplate = "volume.sbn";
    public const string NoteTemplate = "note.sbn";

    public RenderedMarkdown? RenderVolume(Project project, Language language, DiagnosticBag diagnostics) =>
        Render(VolumeTemplate, project, null, language, diagnostics);

    public RenderedMarkdown? RenderNote(Project project, Note note, Language language, DiagnosticBag diagnostics) =>
        Render(NoteTemplate, project, note, language, diagnostics);

    private RenderedMarkdown? Render(string template, Project project, Note? note, Language language, DiagnosticBag diagnostics)
    {
        var session = new RenderSession(language, new LabelCatalogue(language, note?.Labels));
        var context = new ViewContext(project, note, session);
        var data = new ScriptObject();
        data.SetValue("lang", language.Code(), true);
        data.SetValue("volume", VolumeViews.Volume(context), true);
        if (note is not null)
        {
            data.SetValue("note", NoteViews.Note(context, note), true);
        }

        var output = renderer.Render(template, data, session, diagnostics);
        if (output is null)
        {
            return null;
        }

        if (session.Insertion.Footnotes.Count > 0)
        {
            output = output.TrimEnd('\n') + "\n\n" + string.Join("\n\n", session.Insertion.Footnotes) + "\n";
        }

        return new RenderedMarkdown(output, context.Origins);
    }
}
