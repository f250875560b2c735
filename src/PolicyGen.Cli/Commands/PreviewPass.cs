using System.Diagnostics;
using System.Globalization;
using PolicyGen.Documents.Pairing;
using PolicyGen.Documents.Selection;
using PolicyGen.Model;
using PolicyGen.Pdf.Rendering;
using PolicyGen.Pipeline;

namespace PolicyGen.Cli.Commands;

/// <summary>
/// One preview: the part of the note prepared by <see cref="PartPreview"/>, laid out alone with the note's page
/// design (first page numbered 1) and written atomically, with its PNG pages on request. The fonts and hyphenation
/// patterns load on another thread meanwhile. Prints nothing but timings (POLICYGEN_TIMINGS=1).
/// </summary>
public static class PreviewPass
{
    /// <param name="settings">What to preview.</param>
    /// <param name="error">Where timings and notes go.</param>
    /// <param name="write">False for a rehearsal: everything but writing the files (and telling the timings).</param>
    public static PreviewOutcome Run(PreviewSettings settings, TextWriter error, bool write = true)
    {
        var clock = Stopwatch.StartNew();
        var resources = LayoutResources.LoadAsync();
        var made = new List<StageTiming>();
        var result = PartPreview.Run(settings.Directory, settings.Note, settings.Part, (project, document, part) =>
        {
            resources.GetAwaiter().GetResult();
            return Pdf(project, document, part, made);
        });
        var timings = result.Timings.Concat(made).ToList();
        PreviewOutcome outcome;
        if (result.Problem is { } problem)
        {
            outcome = new PreviewOutcome(ExitCodes.Usage, result.Diagnostics, null, 0, clock.Elapsed) { Problem = problem };
        }
        else if (result.Output is not { } pdf || result.Part is not { } part || !write)
        {
            outcome = new PreviewOutcome(ExitCodes.ContentErrors, result.Diagnostics, null, 0, clock.Elapsed);
        }
        else
        {
            var stage = Stopwatch.StartNew();
            var path = settings.PdfPath(part.Reference ?? part.Id);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                AtomicFile.WriteAllBytes(path, pdf.Bytes);
            }
            catch (Exception e) when (OutputWriteException.IsFileSystem(e))
            {
                return new PreviewOutcome(ExitCodes.OutputUnwritable, result.Diagnostics, null, 0, clock.Elapsed)
                {
                    Problem = OutputWriteException.Describe(path, e),
                };
            }

            timings.Add(new StageTiming("write", stage.Elapsed));
            IReadOnlyList<string> images = [];
            if (settings.Png)
            {
                stage.Restart();
                images = PreviewImages.Write(path, error);
                timings.Add(new StageTiming("PNG pages", stage.Elapsed));
            }

            outcome = new PreviewOutcome(ExitCodes.Success, result.Diagnostics, path, pdf.Pages, clock.Elapsed) { Images = images };
        }

        if (write && Environment.GetEnvironmentVariable("POLICYGEN_TIMINGS") == "1")
        {
            foreach (var t in timings.Append(new StageTiming("preview", clock.Elapsed)))
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Stage,-32} {t.Elapsed.TotalMilliseconds,8:F1} ms"));
            }
        }

        return outcome;
    }

    private static PreviewPdf Pdf(Project project, PairedDocument document, DocumentPart part, List<StageTiming> timings)
    {
        var clock = Stopwatch.StartNew();
        var note = project.Notes.First(n => n.Id == document.Name);
        // A draft for the editor's eyes: untagged, which paints in two thirds of the time (the build's files are tagged).
        var options = PdfOutputs.Options(project, $"{FileTitle.Of(note.Title)} – {part.Name}", FileTitle.Keywords(note.Title)) with { Tagged = false };
        var layout = PdfVolumeWriter.Layout([document], options);
        timings.Add(new StageTiming($"lay out {layout.Pages.Count} pages", clock.Elapsed));
        clock.Restart();
        using var stream = new MemoryStream();
        PdfVolumeWriter.Paint(layout, [document], stream, options);
        timings.Add(new StageTiming("paint", clock.Elapsed));
        return new PreviewPdf(stream.ToArray(), layout.Pages.Count);
    }

    private sealed record PreviewPdf(byte[] Bytes, int Pages);
}
