using System.CommandLine;
using PolicyGen.Cli.Reporting;
using PolicyGen.Diagnostics;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using PolicyGen.Pipeline;
using PolicyGen.Rendering;
using PolicyGen.Validation;

namespace PolicyGen.Cli.Commands;

/// <summary>
/// <c>policygen build [DIR] --format md,ast --out DIR</c>: validate the project, render every note in both
/// languages and write the Markdown (<c>&lt;note&gt;.fr.md</c>, <c>&lt;note&gt;.nl.md</c>) and the paired
/// document dump (<c>&lt;note&gt;.ast.txt</c>). Errors stop the build before anything is written.
/// </summary>
public static class BuildCommand
{
    /// <summary>The outputs <c>--format</c> accepts.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["pdf", "docx", "md", "ast"];

    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = CommonOptions.ProjectDirectory();
        var format = new Option<string[]>("--format")
        {
            Description = "What to write, comma-separated (default pdf,docx): pdf (side-by-side PDF of each note and of the volume), md (the Markdown of each note per language), ast (the paired document tree), docx (side-by-side Word documents of each note and of the volume).",
            DefaultValueFactory = _ => ["pdf", "docx"],
            AllowMultipleArgumentsPerToken = true,
        };
        format.Validators.Add(result =>
        {
            foreach (var value in Split(result.Tokens.Select(t => t.Value)))
            {
                if (!Formats.Contains(value))
                {
                    result.AddError($"'{value}' is not a build format; use {string.Join(", ", Formats)}.");
                }
            }
        });
        var outDir = new Option<string?>("--out")
        {
            Description = "The folder to write into (default: <DIR>/out).",
        };
        var notes = new Option<string[]>("--note")
        {
            Description = "Build only this note (its id in policygen.yaml); repeat for several.",
            AllowMultipleArgumentsPerToken = false,
        };
        var warnAsError = CommonOptions.WarnAsError();
        var report = CommonOptions.Format("--diagnostics");
        var command = new Command("build", "Build the notes of a project: side-by-side PDF and DOCX (and Markdown and the paired document tree on request).")
        {
            directory, format, outDir, notes, warnAsError, report,
        };
        command.SetAction(parse => Run(output, error, parse.GetValue(directory)!, Split(parse.GetValue(format) ?? ["pdf", "docx"]), parse.GetValue(outDir),
            new BuildSelection(parse.GetValue(notes) ?? [], parse.GetValue(warnAsError)) { Diagnostics = parse.GetValue(report) }));
        return command;
    }

    public static int Run(TextWriter output, TextWriter error, string directory, IReadOnlyCollection<string> formats, string? outDir)
        => Run(output, error, directory, formats, outDir, BuildSelection.Everything);

    public static int Run(TextWriter output, TextWriter error, string directory, IReadOnlyCollection<string> formats, string? outDir, BuildSelection selection)
    {
        try
        {
            return Build(output, error, directory, formats, outDir, selection);
        }
        catch (OutputWriteException e)
        {
            // Nothing was published (the previous outputs stay as they were): say where and why.
            error.WriteLine($"policygen: {e.Message}");
            return ExitCodes.OutputUnwritable;
        }
    }

    private static int Build(TextWriter output, TextWriter error, string directory, IReadOnlyCollection<string> formats, string? outDir, BuildSelection selection)
    {
        var progress = BuildProgress.For(error);
        progress.Stage($"validating {directory}");
        var validation = ProjectValidation.Run(directory);
        var diagnostics = Escalation.WarningsAsErrors(validation.Diagnostics, selection.WarnAsError);
        if (validation.Project is null || HasErrors(diagnostics))
        {
            return Fail(output, diagnostics, validation.Project?.Notes.Count ?? 0, selection.Diagnostics);
        }

        var buildBag = new DiagnosticBag();
        if (selection.Select(validation.Project, error) is not { } project)
        {
            return ExitCodes.Usage;
        }

        progress.Stage($"rendering {project.Notes.Count} note{(project.Notes.Count == 1 ? string.Empty : "s")} in both languages");
        var volume = VolumeBuilder.Build(project, buildBag);
        diagnostics = Settle(diagnostics.Concat(buildBag.Items), validation.Project, selection.WarnAsError);
        if (HasErrors(diagnostics))
        {
            return Fail(output, diagnostics, validation.Project.Notes.Count, selection.Diagnostics);
        }

        // The folder is held from now on (one build at a time); the outputs wait in it, staged, until all are made.
        var target = outDir ?? Path.Combine(directory, "out");
        using var folder = OutputFolder.Open(target, TimeSpan.FromSeconds(60), error);
        if (folder is null)
        {
            return ExitCodes.ContentErrors;
        }

        var writerBag = new DiagnosticBag();
        var files = Outputs(project, volume, formats, writerBag, progress, folder);
        try
        {
            diagnostics = Settle(diagnostics.Concat(writerBag.Items), validation.Project, selection.WarnAsError);
            if (HasErrors(diagnostics))
            {
                return Fail(output, diagnostics, validation.Project.Notes.Count, selection.Diagnostics);
            }

            progress.Stage($"writing {files.Count} file{(files.Count == 1 ? string.Empty : "s")}");
            folder.Publish(files);
        }
        finally
        {
            OutputJob.Discard(files.Select(f => f.File));
        }

        progress.Done();
        var written = files.Count;
        DiagnosticWriter.Write(output, diagnostics, selection.Diagnostics, $"{DiagnosticWriter.Summary(diagnostics, validation.Project.Notes.Count)} Wrote {written} file{(written == 1 ? string.Empty : "s")} to {target} in {progress.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)} s.");
        return ExitCodes.Success;
    }

    /// <summary>Every output, staged in <paramref name="folder"/>: a build that fails publishes nothing.</summary>
    private static List<(string Name, StagedFile File)> Outputs(
        Project project, BuiltVolume volume, IReadOnlyCollection<string> formats, DiagnosticBag diagnostics, BuildProgress progress, OutputFolder folder)
    {
        var utf8 = new System.Text.UTF8Encoding(false);
        var texts = new List<OutputJob>();
        foreach (var document in volume.Documents)
        {
            if (formats.Contains("md"))
            {
                foreach (var language in LanguageExtensions.All)
                {
                    texts.Add(OutputJob.Of(document.MarkdownFile(language), utf8.GetBytes(document.Markdown(language))));
                }
            }

            if (formats.Contains("ast") && document.Paired is { } paired)
            {
                texts.Add(OutputJob.Of(document.AstFile, utf8.GetBytes(PairedDocumentDump.Write(paired))));
            }
        }

        if (!formats.Contains("pdf") && !formats.Contains("docx"))
        {
            return OutputJob.MakeAll(texts, folder);
        }

        // The DOCX tables of contents take their page numbers from the PDF layout, so it is made for either.
        progress.Stage("laying out the pages");
        var pdf = PdfOutputs.Layout(project, volume, progress.Pages);
        progress.Stage($"laid out {pdf.PageCount} pages");
        var jobs = new List<OutputJob>();
        if (formats.Contains("pdf"))
        {
            jobs.AddRange(pdf.Files());
        }

        if (formats.Contains("docx"))
        {
            jobs.AddRange(DocxOutputs.Files(project, volume, pdf.PageOf, pdf.FirstPageOf, diagnostics));
        }

        progress.Stage(Making(jobs));

        // The large files first (the workers take the jobs in order), the texts last.
        return OutputJob.MakeAll([.. jobs, .. texts], folder);
    }

    private static string Making(List<OutputJob> jobs)
    {
        var pdf = jobs.Count(j => j.Name.EndsWith(".pdf", StringComparison.Ordinal));
        var docx = jobs.Count - pdf;
        var parts = new List<string>();
        if (pdf > 0)
        {
            parts.Add($"painting {pdf} PDF file{(pdf == 1 ? string.Empty : "s")}");
        }

        if (docx > 0)
        {
            parts.Add($"writing {docx} Word document{(docx == 1 ? string.Empty : "s")}");
        }

        return string.Join(" and ", parts);
    }

    /// <summary>Build-stage diagnostics join the earlier ones, re-graded by the project's rules, then --warnaserror.</summary>
    private static IReadOnlyList<Diagnostic> Settle(IEnumerable<Diagnostic> diagnostics, Project? project, bool warnAsError)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics.Distinct());
        return Escalation.WarningsAsErrors(Validator.ApplySettings(bag.Sorted(), project?.Volume), warnAsError);
    }

    private static bool HasErrors(IReadOnlyList<Diagnostic> diagnostics) => diagnostics.Any(d => d.Severity == Severity.Error);

    private static int Fail(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, int notes, OutputFormat format)
    {
        DiagnosticWriter.Write(output, diagnostics, format, DiagnosticWriter.Summary(diagnostics, notes));
        return ExitCodes.ContentErrors;
    }

    private static List<string> Split(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(v => v.ToLowerInvariant()).Distinct()];
}
