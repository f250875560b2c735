using System.Collections.Concurrent;
using System.Diagnostics;
using PolicyGen.Cli;
using PolicyGen.Cli.Commands;

namespace PolicyGen.Tests;

/// <summary>
/// <c>policygen preview --watch</c> on a copy of samples/minimal, in-process and stopped by a cancellation token:
/// every wait is for an event (a preview pass), with a generous timeout, never a sleep.
/// </summary>
public class PreviewWatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public void A_saved_change_is_previewed_once_however_many_steps_the_save_takes()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var note = Path.Combine(dir.Path, "notes", "open-data.yaml");
        var original = File.ReadAllText(note);
        using var watch = new Watch(new PreviewSettings(dir.Path, "open-data", "IV.1") { Debounce = TimeSpan.FromMilliseconds(400) });

        var first = watch.Next();
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Soutenir une politique de données ouvertes", PreviewPdf.Read(first.Pdf!).Left, StringComparison.Ordinal);

        // An editor's save in three steps: the file cut short (invalid YAML on its own), written whole, touched.
        var changed = original.Replace("Soutenir une politique de données ouvertes", "Soutenir une politique de données libres", StringComparison.Ordinal);
        File.WriteAllText(note, changed[..(changed.Length / 3)]);
        File.WriteAllText(note, changed);
        File.SetLastWriteTimeUtc(note, DateTime.UtcNow);
        var second = watch.Next();
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first.Pdf, second.Pdf);
        Assert.Contains("Soutenir une politique de données libres", PreviewPdf.Read(second.Pdf!).Left, StringComparison.Ordinal);

        // Files that are not sources (an editor's swap file, the outputs) change nothing; the next save is the next pass.
        File.WriteAllText(Path.Combine(dir.Path, "notes", ".open-data.yaml.swp"), "swap");
        File.WriteAllText(Path.Combine(dir.Path, "out", "preview", "notes.txt"), "an output");
        File.WriteAllText(note, original.Replace("Soutenir une politique de données ouvertes", "Soutenir une politique de données réutilisables", StringComparison.Ordinal));
        var third = watch.Next();
        Assert.Contains("Soutenir une politique de données réutilisables", PreviewPdf.Read(third.Pdf!).Left, StringComparison.Ordinal);

        Assert.Equal(0, watch.Stop());
        Assert.Equal(3, watch.Passes);
        Assert.Equal(3, watch.Output.Split('\n').Count(l => l.StartsWith($"updated {first.Pdf} in ", StringComparison.Ordinal)));
        Assert.Contains("stopped watching", watch.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_show_as_they_appear_keep_the_previous_preview_and_watching_goes_on()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var note = Path.Combine(dir.Path, "notes", "open-data.yaml");
        var original = File.ReadAllText(note);
        using var watch = new Watch(new PreviewSettings(dir.Path, "open-data", "IV.1"));
        var first = watch.Next();
        var bytes = File.ReadAllBytes(first.Pdf!);

        File.WriteAllText(note, original.Replace("publication de 67 nouveaux", "publication de XXX nouveaux", StringComparison.Ordinal));
        var broken = watch.Next();
        Assert.Equal(1, broken.ExitCode);
        Assert.Null(broken.Pdf);
        Assert.Matches(@"open-data\.yaml\(\d+,\d+\): error PG3003: ", watch.Output);
        Assert.Contains("not updated: 1 error in the sources; the previous preview stays", watch.Output, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(first.Pdf!));

        File.WriteAllText(note, original);
        var fixedAgain = watch.Next();
        Assert.Equal(0, fixedAgain.ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(first.Pdf!));
        Assert.Equal(0, watch.Stop());
    }

    [Fact]
    public void A_part_that_does_not_exist_ends_the_watch_at_once_with_exit_2()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var never = new CancellationTokenSource();
        Assert.Equal(2, PreviewWatch.Run(new PreviewSettings(dir.Path, "open-data", "IV.9"), output, error, never.Token));
        Assert.Contains("no chapter or objective 'IV.9'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_stops_a_watching_process_with_exit_0()
    {
        if (OperatingSystem.IsWindows())
        {
            // No SIGTERM to send on Windows; Ctrl-C there goes through the same PosixSignalRegistration.
            return;
        }

        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(CliApp).Assembly.Location, "preview", dir.Path, "--note", "open-data", "--chapter", "IV.1", "--watch" })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var watching = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("watching", StringComparison.Ordinal) == true)
            {
                watching.TrySetResult();
            }
        };
        process.BeginErrorReadLine();
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            await watching.Task.WaitAsync(Patience);
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var patience = new CancellationTokenSource(Patience);
            await process.WaitForExitAsync(patience.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("updated ", await output, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    /// <summary>A watch running on another thread; its passes are handed over one by one.</summary>
    private sealed class Watch : IDisposable
    {
        private readonly BlockingCollection<PreviewOutcome> _outcomes = [];
        private readonly CancellationTokenSource _stop = new();
        private readonly StringWriter _output = new();
        private readonly StringWriter _error = new();
        private readonly Task<int> _run;

        public Watch(PreviewSettings settings)
        {
            var output = TextWriter.Synchronized(_output);
            var error = TextWriter.Synchronized(_error);
            _run = Task.Run(() => PreviewWatch.Run(settings, output, error, _stop.Token, outcome =>
            {
                Interlocked.Increment(ref _passes);
                _outcomes.Add(outcome);
            }));
        }

        private int _passes;

        public int Passes => Volatile.Read(ref _passes);

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
                }
            }
        }

        public string Error
        {
            get
            {
                lock (_error)
                {
                    return _error.ToString();
                }
            }
        }

        /// <summary>The next pass.</summary>
        public PreviewOutcome Next()
        {
            if (_outcomes.TryTake(out var outcome, Patience))
            {
                return outcome;
            }

            Assert.Fail($"no preview within {Patience.TotalSeconds} s; the run {(_run.IsCompleted ? "has ended" : "is still going")}.\n{Output}\n{Error}");
            return null!;
        }

        public int Stop()
        {
            _stop.Cancel();
            Assert.True(_run.Wait(Patience), "the watch did not stop");
            return _run.Result;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _run.Wait(Patience);
            _stop.Dispose();
            _outcomes.Dispose();
            _output.Dispose();
            _error.Dispose();
        }
    }
}
