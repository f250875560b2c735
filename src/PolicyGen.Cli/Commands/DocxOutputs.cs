using PolicyGen.Diagnostics;
using PolicyGen.Docx;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using PolicyGen.Rendering;

namespace PolicyGen.Cli.Commands;

/// <summary>The DOCX files of a build: one per note, and the whole volume (cover and notes) in one.</summary>
public static class DocxOutputs
{
    public const string VolumeFile = "volume.docx";

    /// <summary>
    /// The files to write, in order: each note, then the volume. The reference document is read now; its
    /// diagnostics go to <paramref name="diagnostics"/> from the volume's job only, so the jobs may run in parallel.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="volume">The rendered documents.</param>
    /// <param name="pageOf">The page of each heading in the volume (the PDF layout), for the tables of contents.</param>
    /// <param name="firstPageOf">The page a note starts on in the volume: a note's file numbers its pages from there.</param>
    /// <param name="diagnostics">Where the reference document's problems go.</param>
    public static List<OutputJob> Files(
        Project project, BuiltVolume volume, Func<string, Language, string, int?>? pageOf, Func<string, int?>? firstPageOf, DiagnosticBag diagnostics)
    {
        var reference = ReferenceDocument(project, diagnostics);
        var files = new List<OutputJob>();
        var paired = volume.Documents.Where(d => d.Paired is not null).ToList();
        foreach (var document in paired.Where(d => d.Name != VolumeBuilder.CoverName))
        {
            var note = project.Notes.First(n => n.Id == document.Name);
            var title = FileTitle.Of(note.Title);
            files.Add(new($"{document.Name}.docx", stream => Write([document.Paired!], stream, Options(project, title) with { PageNumberOf = pageOf, FirstPageNumber = firstPageOf?.Invoke(document.Name) }, reference, null)));
        }

        // Reference-document diagnostics once, from the volume (the notes use the same reference).
        files.Add(new(VolumeFile, stream => Write([.. paired.Select(d => d.Paired!)], stream, Options(project, FileTitle.Of(project.Volume.Title)) with { PageNumberOf = pageOf }, reference, diagnostics)));
        return files;
    }

    private static void Write(IReadOnlyList<PairedDocument> documents, Stream output, DocxWriteOptions options, (string Name, byte[] Bytes)? reference, DiagnosticBag? diagnostics)
    {
        using var referenceStream = reference is { } r ? new MemoryStream(r.Bytes, writable: false) : null;
        DocxWriter.Write(documents, output, options with { ReferenceDocument = referenceStream, ReferenceDocumentName = reference?.Name ?? "reference.docx" }, diagnostics);
    }

    /// <summary>The reference .docx named in policygen.yaml (confined to the project folder), read once.</summary>
    private static (string Name, byte[] Bytes)? ReferenceDocument(Project project, DiagnosticBag diagnostics)
    {
        if (project.Volume.ReferenceDocx is not { Length: > 0 } relative)
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(project.RootDirectory, relative));
        var inside = Path.GetRelativePath(project.RootDirectory, full);
        if (inside == ".." || inside.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(inside))
        {
            diagnostics.Add(DiagnosticDescriptors.PathOutsideProject, project.Volume.Location, relative);
            return null;
        }

        if (!File.Exists(full))
        {
            diagnostics.Add(DiagnosticDescriptors.FileNotFound, project.Volume.Location, $"the reference document '{relative}' does not exist");
            return null;
        }

        return (relative, File.ReadAllBytes(full));
    }

    private static DocxWriteOptions Options(Project project, string title) => new()
    {
        Reference = $"{project.Volume.Reference} - {project.Volume.Session}",
        Title = title,
        Author = project.Volume.Authority?.Fr ?? string.Empty,
        Subject = $"{project.Volume.Reference} – {project.Volume.Session}",
        Timestamp = SourceDate.Of(project),
    };
}
