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
        var built = templates is null ? null : BuildParallel(
            [(note.Id, (lang, bag) => templates.RenderNote(project, note, lang, bag))], Columns(project), found).SingleOrDefault();
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
        var jobs = new List<(string Name, Func<Language, DiagnosticBag, RenderedMarkdown?> Render)>
        {
            (CoverName, (lang, found) => templates.RenderVolume(project, lang, found)),
        };
        jobs.AddRange(project.Notes.Select(note =>
            (note.Id, new Func<Language, DiagnosticBag, RenderedMarkdown?>((lang, found) => templates.RenderNote(project, note, lang, found)))));
        return new BuiltVolume(BuildParallel(jobs, columns, diagnostics));
    }

    /// <summary>
    /// Renders every document in both languages at once (each rendering and reading is independent: templates are
    /// parsed once and shared, each rendering has its own context), then pairs them in order. The diagnostics come
    /// out in the order of a rendering one after the other: document by document, French, Dutch, then pairing.
    /// </summary>
    private static List<BuiltDocument> BuildParallel(
        IReadOnlyList<(string Name, Func<Language, DiagnosticBag, RenderedMarkdown?> Render)> jobs, IReadOnlyList<Language> columns, DiagnosticBag diagnostics)
    {
        Language[] languages = [Language.Fr, Language.Nl];
        var reads = new ReadDocument?[jobs.Count * 2];
        var found = new DiagnosticBag[jobs.Count * 2];
        Parallel.For(0, reads.Length, i =>
        {
            var (name, render) = jobs[i / 2];
            var language = languages[i % 2];
            found[i] = new DiagnosticBag();
            reads[i] = Read(name, language, render(language, found[i]), found[i]);
        });

        var documents = new List<BuiltDocument>();
        for (var j = 0; j < jobs.Count; j++)
        {
            diagnostics.AddRange(found[2 * j].Items);
            diagnostics.AddRange(found[(2 * j) + 1].Items);
            if (Pair(jobs[j].Name, reads[2 * j], reads[(2 * j) + 1], columns, diagnostics) is { } built)
            {
                documents.Add(built);
            }
        }

        return documents;
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

    private static BuiltDocument? Pair(
        string name,
        ReadDocument? french,
        ReadDocument? dutch,
        IReadOnlyList<Language> columns,
        DiagnosticBag diagnostics)
    {
        if (french is null || dutch is null)
        {
            return null;
        }

        SourceLocation? Origin(string id) =>
            french.Origins.TryGetValue(id, out var location) && !location.IsNone ? location : null;

        var paired = DocumentPairer.Pair(french.Document, dutch.Document, columns, Origin, diagnostics);
        return new BuiltDocument(name, french.Markdown, dutch.Markdown, paired);
    }

    private static ReadDocument? Read(
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
        return new ReadDocument(markdown, document, rendered.Origins);
    }

    /// <summary>A document rendered and read in one language: its Markdown, its tree and the sources of its ids.</summary>
    private sealed record ReadDocument(string Markdown, Document Document, IReadOnlyDictionary<string, SourceLocation> Origins);
}
