using System.Diagnostics;

namespace PolicyGen.Cli.Reporting;

/// <summary>
/// Tells what a build is doing, on the error stream so that diagnostics on the output stay clean: on a
/// terminal one line rewritten in place, elsewhere (a CI log, a pipe) one plain line per stage.
/// </summary>
public sealed class BuildProgress(TextWriter error, bool interactive, StageTimings? timings = null)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _width;

    public static BuildProgress For(TextWriter error) =>
        new(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected, StageTimings.FromEnvironment());

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Stage(string message)
    {
        timings?.Mark(message);
        var line = FormattableString.Invariant($"[{_clock.Elapsed.TotalSeconds,5:F1} s] {message}");
        if (interactive)
        {
            error.Write("\r" + line.PadRight(_width));
            _width = line.Length;
        }
        else
        {
            error.WriteLine(line);
        }
    }

    /// <summary>Ends the rewritten line so that what follows starts on its own line.</summary>
    public void Done()
    {
        if (interactive && _width > 0)
        {
            error.Write("\r" + new string(' ', _width) + "\r");
        }

        timings?.Write(error);
    }
}
