using System.Diagnostics;
using System.Runtime.ExceptionServices;
using PolicyGen.Diagnostics;
using PolicyGen.Documents.Pairing;
using PolicyGen.Documents.Selection;
using PolicyGen.Model;
using PolicyGen.Rendering;
using PolicyGen.Validation;

namespace PolicyGen.Pipeline;

/// <summary>
/// The pipeline of a preview, doing only what one part of one note needs. The project file and that note are
/// loaded (the other notes' files are resolved but not read), then the note is checked with every rule on another
/// thread while this one renders the note alone (no cover), pairs it, cuts it down to the part
/// (<see cref="PartSelector"/>) and hands the part to the caller to make something of it (lay it out). What was
/// made is kept only when the checks and the rendering found no error, as a build would.
/// </summary>
public static class PartPreview
{
    /// <param name="directory">The project folder.</param>
    /// <param name="noteId">The note's id in policygen.yaml.</param>
    /// <param name="part">The part: a reference such as <c>II</c>, <c>IV.2</c> or <c>IV.2.3</c>, or a heading id.</param>
    /// <param name="make">Makes the output of the part (the project, the paired note cut down to the part, the part); runs beside the checks.</param>
    public static PartPreviewResult<T> Run<T>(string directory, string noteId, string part, Func<Project, PairedDocument, DocumentPart, T> make)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(make);
        var loaded = ProjectValidation.Load(directory, notes: id => id == noteId);
        if (loaded.Project is not { } project)
        {
            return new PartPreviewResult<T>(null, loaded.Diagnostics) { Timings = loaded.Timings };
        }

        var note = project.Notes.FirstOrDefault(n => n.Id == noteId);
        if (note is null || loaded.ErrorCount > 0)
        {
            var validation = ProjectValidation.Check(loaded);
            return new PartPreviewResult<T>(project, validation.Diagnostics)
            {
                Problem = note is null && validation.ErrorCount == 0 ? NoSuchNote(project, noteId) : null,
                Timings = validation.Timings,
            };
        }

        var checks = Task.Run(() => ProjectValidation.Check(loaded));
        var timings = new List<StageTiming>();
        var built = Make(project, note, part, make, timings, out var failure);
        var checkedProject = checks.GetAwaiter().GetResult();
        timings.InsertRange(0, checkedProject.Timings);
        var diagnostics = Settle(checkedProject.Diagnostics, built.Diagnostics, project);
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            // Sources with errors may fail to render; the diagnostics say why.
            return new PartPreviewResult<T>(project, diagnostics) { Timings = timings };
        }

        failure?.Throw();
        return new PartPreviewResult<T>(project, diagnostics)
        {
            Output = built.Output,
            Part = built.Part,
            Problem = built.Problem,
            Timings = timings,
        };
    }

    /// <summary>Renders, pairs, cuts and makes; an exception is kept for the caller, who knows whether the sources had errors.</summary>
    private static (T? Output, DocumentPart? Part, string? Problem, IReadOnlyList<Diagnostic> Diagnostics) Make<T>(
        Project project, Note note, string part, Func<Project, PairedDocument, DocumentPart, T> make, List<StageTiming> timings, out ExceptionDispatchInfo? failure)
        where T : class
    {
        failure = null;
        var bag = new DiagnosticBag();
        try
        {
            var clock = Stopwatch.StartNew();
            var built = VolumeBuilder.BuildNote(project, note, bag);
            timings.Add(new StageTiming("render and pair the note", clock.Elapsed));
            if (built?.Paired is not { } paired || bag.HasErrors)
            {
                return (null, null, null, bag.Items);
            }

            var parts = DocumentParts.Of(paired);
            if (DocumentParts.Find(parts, part) is not { } selected)
            {
                return (null, null, PartList.Unknown(note.Id, part, parts), bag.Items);
            }

            clock.Restart();
            var cut = PartSelector.Cut(paired, selected);
            timings.Add(new StageTiming("select the part", clock.Elapsed));
            return (make(project, cut, selected), selected, null, bag.Items);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failure = ExceptionDispatchInfo.Capture(e);
            return (null, null, null, bag.Items);
        }
    }

    private static string NoSuchNote(Project project, string noteId)
    {
        var ids = (project.Volume.Notes ?? []).Select(n => n.Id).OfType<string>().ToList();
        return ids.Contains(noteId)
            ? $"the note '{noteId}' could not be loaded"
            : $"no note '{noteId}' in this project; its notes are: {(ids.Count == 0 ? "none" : string.Join(", ", ids))}.";
    }

    /// <summary>The build's diagnostics join the checks', sorted, each once, with the project's rule settings.</summary>
    private static IReadOnlyList<Diagnostic> Settle(IReadOnlyList<Diagnostic> checks, IReadOnlyList<Diagnostic> built, Project project)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(checks.Concat(built).Distinct());
        return Validator.ApplySettings(bag.Sorted(), project.Volume);
    }
}
