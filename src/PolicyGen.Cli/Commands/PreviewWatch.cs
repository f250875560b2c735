using System.Runtime.InteropServices;
using PolicyGen.Cli.Watching;

namespace PolicyGen.Cli.Commands;

/// <summary>
/// <c>policygen preview --watch</c>: one preview, then another each time a source or template file is saved
/// (after <see cref="PreviewSettings.Debounce"/> of quiet), in the same warm process (fonts, hyphenation
/// patterns and compiled code stay loaded), until cancelled (Ctrl-C, SIGTERM), which ends it with exit 0.
/// </summary>
public static class PreviewWatch
{
    /// <summary>Watches until Ctrl-C or SIGTERM.</summary>
    public static int Run(PreviewSettings settings, TextWriter output, TextWriter error)
    {
        using var stop = new CancellationTokenSource();
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return Run(settings, output, error, stop.Token);
    }

    /// <summary>Watches until <paramref name="cancel"/> is cancelled; <paramref name="passed"/> hears of every pass (for tests).</summary>
    public static int Run(PreviewSettings settings, TextWriter output, TextWriter error, CancellationToken cancel, Action<PreviewOutcome>? passed = null)
    {
        var report = new PreviewReport(output, error);

        // Watching starts before the first preview, so that a save during it is not missed.
        var sources = new SourceFiles(settings.Directory, TemplateFolder(settings.Directory));
        using var watcher = new ChangeWatcher(sources.Folders, sources.IsSource, settings.Debounce);
        var first = PreviewPass.Run(settings, error);
        report.Update(first);
        passed?.Invoke(first);
        if (first.Problem is not null)
        {
            return first.ExitCode;
        }

        // The viewer is asked once, for the first preview written; it reloads the file itself after that.
        var opened = first.Pdf is { } pdf && Open(settings, pdf, error);
        error.WriteLine($"policygen: watching {settings.Directory} (sources and templates of '{settings.Note}'); Ctrl-C stops.");

        // A rehearsal, written nowhere, while the editor has not saved yet: the runtime compiles the code of a pass
        // optimised in the background after it has run a few times, which otherwise slows the first saves' passes.
        PreviewPass.Run(settings, TextWriter.Null, write: false);
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                watcher.NextAsync(cancel).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                break;
            }

            var outcome = PreviewPass.Run(settings, error);
            report.Update(outcome);
            passed?.Invoke(outcome);
            if (!opened && outcome.Pdf is { } written)
            {
                opened = Open(settings, written, error);
            }
        }

        error.WriteLine("policygen: stopped watching.");
        return ExitCodes.Success;
    }

    private static bool Open(PreviewSettings settings, string pdf, TextWriter error)
    {
        if (settings.Open)
        {
            SystemViewer.Open(pdf, error);
        }

        return true;
    }

    /// <summary>The project's own template folder (the <c>templates</c> key of policygen.yaml), if it names one.</summary>
    private static string? TemplateFolder(string directory)
    {
        var project = Pipeline.ProjectValidation.Run(directory, notes: _ => false).Project;
        return project?.Volume.Templates is { Length: > 0 } relative ? Path.Combine(project.RootDirectory, relative) : null;
    }
}
