using PolicyGen.Model;
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

    private PdfOutputs(IReadOnlyDictionary<(string Document, string Id), int> pages, int pageCount)
    {
        Pages = pages;
        PageCount = pageCount;
    }

    /// <summary>The number of pages of the volume.</summary>
    public int PageCount { get; }

    /// <summary>The page of each (document, heading id) in the volume.</summary>
    public IReadOnlyDictionary<(string Document, string Id), int> Pages { get; }

    public List<(string Name, byte[] Content)> Files { get; } = [];

    public static PdfOutputs Write(Project project, BuiltVolume volume, bool writeFiles)
    {
        var documents = volume.Documents.Where(d => d.Paired is not null).Select(d => d.Paired!).ToList();
        var options = Options(project, $"{project.Volume.Title?.Fr} / {project.Volume.Title?.Nl}", [project.Volume.Title?.Fr, project.Volume.Title?.Nl]);
        using var stream = new MemoryStream();
        var layout = writeFiles ? PdfVolumeWriter.Write(documents, stream, options) : PdfVolumeWriter.Layout(documents, options);
        var result = new PdfOutputs(layout.AnchorPages, layout.Pages.Count);
        if (!writeFiles)
        {
            return result;
        }

        result.Files.Add((VolumeFile, stream.ToArray()));
        foreach (var document in documents.Where(d => d.Name != VolumeBuilder.CoverName))
        {
            var note = project.Notes.First(n => n.Id == document.Name);
            // The note's own pages of the volume layout: same lines, same page numbers, no second layout.
            using var noteStream = new MemoryStream();
            PdfVolumeWriter.Paint(layout.Only(document.Name), [document], noteStream, Options(project, $"{note.Title?.Fr} / {note.Title?.Nl}", [note.Title?.Fr, note.Title?.Nl]));
            result.Files.Add(($"{document.Name}.pdf", noteStream.ToArray()));
        }

        return result;
    }

    /// <summary>The page of a heading for the DOCX table of contents.</summary>
    public int? PageOf(string document, Language language, string id) => Pages.TryGetValue((document, id), out var page) ? page : null;

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
    };
}
