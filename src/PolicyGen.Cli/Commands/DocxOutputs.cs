using System.Globalization;
using PolicyGen.Docx;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using PolicyGen.Rendering;

namespace PolicyGen.Cli.Commands;

/// <summary>The DOCX files of a build: one per note, and the whole volume (cover and notes) in one.</summary>
public static class DocxOutputs
{
    public const string VolumeFile = "volume.docx";

    public static IEnumerable<(string Name, byte[] Content)> Write(Project project, BuiltVolume volume, Func<string, Language, string, int?>? pageOf = null)
    {
        var paired = volume.Documents.Where(d => d.Paired is not null).ToList();
        foreach (var document in paired.Where(d => d.Name != VolumeBuilder.CoverName))
        {
            var note = project.Notes.First(n => n.Id == document.Name);
            var title = $"{note.Title?.Fr} / {note.Title?.Nl}";
            yield return ($"{document.Name}.docx", Bytes([document.Paired!], Options(project, title) with { PageNumberOf = pageOf }));
        }

        yield return (VolumeFile, Bytes([.. paired.Select(d => d.Paired!)], Options(project, $"{project.Volume.Title?.Fr} / {project.Volume.Title?.Nl}") with { PageNumberOf = pageOf }));
    }

    private static byte[] Bytes(IReadOnlyList<PairedDocument> documents, DocxWriteOptions options)
    {
        using var stream = new MemoryStream();
        DocxWriter.Write(documents, stream, options);
        return stream.ToArray();
    }

    private static DocxWriteOptions Options(Project project, string title) => new()
    {
        Reference = $"{project.Volume.Reference} - {project.Volume.Session}",
        Title = title,
        Author = project.Volume.Authority?.Fr ?? string.Empty,
        Subject = $"{project.Volume.Reference} – {project.Volume.Session}",
        Timestamp = Timestamp(project),
    };

    /// <summary>The date written into files: SOURCE_DATE_EPOCH when set, else the volume's date; never the clock.</summary>
    public static DateTimeOffset Timestamp(Project project)
    {
        if (long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return DateTimeOffset.FromUnixTimeSeconds(epoch);
        }

        return project.Volume.Date is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
