using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Markdown;
using PolicyGen.Model;
using PolicyGen.Templating;

namespace PolicyGen.Rendering;

/// <summary>
/// Builds a loaded, valid project into documents: templates → Markdown per language → typography → document
/// tree per language → checks → paired tree. Every problem is a diagnostic; a document whose languages
/// cannot be paired has no paired tree.
/// </summary>
public static class VolumeBuilder
{
    /// <summary>The name of the cover document.</summary>
    public const string CoverName = "volume";

    /// <param name="project">The project, loaded and validated without errors.</param>
    /// <param name="diagnostics">Receives template, Markdown and pairing problems.</param>
    /// <param name="folders">The templates; by default the project's own (if any) over the default set.</param>
    public static BuiltVolume Build(Project project, DiagnosticBag diagnostics, TemplateFolders? folders = null)
    {
        // A template problem shows in both languages' renderings: report it once.
        var found = new DiagnosticBag();
        var volume = BuildAll(project, found, folders);
        diagnostics.AddRange(found.Items.Distinct());
        return volume;
    }

    /// <summary>One note alone, without the cover (for a preview); null when it could not be rendered or read.</summary>
    public static BuiltDocument? BuildNote(Project project, Note note, DiagnosticBag diagnostics, TemplateFolders? folders = null)
    {
        var found = new DiagnosticBag();
        folders ??= Folders(project, found);
        var templates = folders is null ? null : new DocumentTemplates(new TemplateRenderer(folders));
        var built = templates is null ? null : Build(note.Id, Columns(project), lang => templates.RenderNote(project, note, lang, found), found);
        diagnostics.AddRange(found.Items.Distinct());
        return built;
    }

    private static BuiltVolume BuildAll(Project project, DiagnosticBag diagnostics, TemplateFolders? folders)
    {
        folders ??= Folders(project, diagnostics);
        if (folders is null)
        {
            return new BuiltVolume([]);
        }

        var templates = new DocumentTemplates(new TemplateRenderer(folders));
        var columns = Columns(project);
        var documents = new List<BuiltDocument>();
        if (Build(CoverName, columns, lang => templates.RenderVolume(project, lang, diagnostics), diagnostics) is { } cover)
        {
            documents.Add(cover);
        }

        foreach (var note in project.Notes)
        {
            if (Build(note.Id, columns, lang => templates.RenderNote(project, note, lang, diagnostics), diagnostics) is { } built)
            {
                documents.Add(built);
            }
        }

        return new BuiltVolume(documents);
    }

    private static IReadOnlyList<Language> Columns(Project project) => project.Volume.Columns is { Count: 2 } c ? c : LanguageExtensions.All;

    /// <summary>The template folders of a project: its own folder (the volume's <c>templates</c> key) over the default set.</summary>
    public static TemplateFolders? Folders(Project project, DiagnosticBag diagnostics)
    {
        if (project.Volume.Templates is not { Length: > 0 } relative)
        {
            return TemplateFolders.Default();
        }

        var folder = Path.GetFullPath(Path.Combine(project.RootDirectory, relative));
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(DiagnosticDescriptors.TemplatesFolderMissing, project.Volume.Location, relative);
            return null;
        }

        return TemplateFolders.WithUser(folder, relative.Replace('\\', '/'));
    }

    private static BuiltDocument? Build(
        string name, IReadOnlyList<Language> columns, Func<Language, RenderedMarkdown?> render, DiagnosticBag diagnostics)
    {
        var french = Read(name, Language.Fr, render(Language.Fr), diagnostics);
        var dutch = Read(name, Language.Nl, render(Language.Nl), diagnostics);
        if (french is null || dutch is null)
        {
            return null;
        }

        SourceLocation? Origin(string id) =>
            french.Value.Origins.TryGetValue(id, out var location) && !location.IsNone ? location : null;

        var paired = DocumentPairer.Pair(french.Value.Document, dutch.Value.Document, columns, Origin, diagnostics);
        return new BuiltDocument(name, french.Value.Markdown, dutch.Value.Markdown, paired);
    }

    private static (string Markdown, Document Document, IReadOnlyDictionary<string, SourceLocation> Origins)? Read(
        string name, Language language, RenderedMarkdown? rendered, DiagnosticBag diagnostics)
    {
        if (rendered is null)
        {
            return null;
        }

        var markdown = MarkdownTypographer.Apply(MarkdownTidy.Tidy(rendered.Markdown), language);
        var source = $"{name}.{language.Code()}.md";
        var converted = MarkdownConverter.Convert(markdown, MarkdownDialect.Template, SourceMap.File(source), diagnostics);
        var document = new Document(name, language, source, converted.Blocks, converted.Footnotes);
        DocumentChecks.Check(document, diagnostics);
        return (markdown, document, rendered.Origins);
    }
}
