using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using PolicyGen.Pdf.Layout.Pagination;
using PolicyGen.Pdf.Rendering;
using PolicyGen.Rendering;

namespace PolicyGen.Cli.Commands;

/// <summary>
/// The PDF files of a build: the whole volume (cover and notes, pages numbered through), and each note alone
/// with the page numbers it has in the volume. The volume's layout also gives the page of every heading.
/// </summary>
public sealed class PdfOutputs
{
    public const string VolumeFile = "volume.pdf";

    private readonly Project _project;
    private readonly List<PairedDocument> _documents;
    private readonly LayoutResult _layout;

    private PdfOutputs(Project project, List<PairedDocument> documents, LayoutResult layout)
    {
        _project = project;
        _documents = documents;
        _layout = layout;
    }

    /// <summary>The number of pages of the volume.</summary>
    public int PageCount => _layout.Pages.Count;

    /// <summary>The page of each (document, heading id) in the volume.</summary>
    public IReadOnlyDictionary<(string Document, string Id), int> Pages => _layout.AnchorPages;

    /// <summary>Lays out the volume once; <paramref name="pagesLaidOut"/> is told the pages as they come.</summary>
    public static PdfOutputs Layout(Project project, BuiltVolume volume, Action<int>? pagesLaidOut = null)
    {
        var documents = volume.Documents.Where(d => d.Paired is not null).Select(d => d.Paired!).ToList();
        var layout = PdfVolumeWriter.Layout(documents, Options(project, FileTitle.Of(project.Volume.Title), []), pagesLaidOut);
        return new PdfOutputs(project, documents, layout);
    }

    /// <summary>
    /// The files to paint from the layout, in order: the volume, then each note with its own pages of the volume
    /// layout (same lines, same page numbers, no second layout). The jobs share nothing and may run in parallel.
    /// </summary>
    public List<OutputJob> Files()
    {
        var volume = _project.Volume.Title;
        var files = new List<OutputJob> { new(VolumeFile, stream => Paint(_layout, _documents, stream, FileTitle.Of(volume), FileTitle.Keywords(volume))) };
        foreach (var document in _documents.Where(d => d.Name != VolumeBuilder.CoverName))
        {
            var note = _project.Notes.First(n => n.Id == document.Name);
            files.Add(new($"{document.Name}.pdf", stream => Paint(_layout.Only(document.Name), [document], stream, FileTitle.Of(note.Title), FileTitle.Keywords(note.Title))));
        }

        return files;
    }

    /// <summary>The page of a heading for the DOCX table of contents.</summary>
    public int? PageOf(string document, Language language, string id) => Pages.TryGetValue((document, id), out var page) ? page : null;

    /// <summary>The number of a document's first page in the volume, or null when it has none.</summary>
    public int? FirstPageOf(string document) => _layout.Pages.FirstOrDefault(p => p.Document == document)?.Number;

    private void Paint(LayoutResult layout, IReadOnlyList<PairedDocument> documents, Stream output, string title, string?[] titles) =>
        PdfVolumeWriter.Paint(layout, documents, output, Options(_project, title, titles));

    /// <summary>
    /// The PDF settings of the project (reference, metadata, date, language) for a file with this title; its keywords
    /// are the volume's reference and session and the file's <paramref name="titles"/>.
    /// </summary>
    public static PdfWriteOptions Options(Project project, string title, string?[] titles) => new()
    {
        Reference = $"{project.Volume.Reference} - {project.Volume.Session}",
        Title = title,
        Author = project.Volume.Authority?.Fr ?? string.Empty,
        Subject = $"{project.Volume.Reference} – {project.Volume.Session}",
        Date = SourceDate.Of(project),
        Keywords = [.. new[] { project.Volume.Reference, project.Volume.Session }.Concat(titles).OfType<string>().Where(k => k.Length > 0).Distinct()],
        Language = (project.Volume.Columns is { Count: > 0 } c ? c[0] : Language.Fr).Tag(),
        Relief = MemoryRelief.Now,
    };
}
