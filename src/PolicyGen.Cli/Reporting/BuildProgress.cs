using System.Diagnostics;

namespace PolicyGen.Cli.Reporting;

/// <summary>
/// Tells what a build is doing, on the error stream so that diagnostics on the output stay clean: on a
/// terminal one line rewritten in place, elsewhere (a CI log, a pipe) one plain line per stage. Counts within a
/// stage (pages laid out) are rewritten on a terminal at most every <see cref="TerminalInterval"/>, and written
/// elsewhere as a plain line at most every <see cref="LogInterval"/>.
/// </summary>
public sealed class BuildProgress(TextWriter error, bool interactive, StageTimings? timings = null)
{
    public static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(100);
    public static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(2);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _width;
    private string _stage = string.Empty;
    private TimeSpan _lastWrite;

    public static BuildProgress For(TextWriter error) =>
        new(error, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected, StageTimings.FromEnvironment());

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Stage(string message)
    {
        timings?.Mark(message);
        _stage = message;
        Write(message);
    }

    /// <summary>The number of pages laid out so far in the current stage (from the laying-out thread).</summary>
    public void Pages(int count)
    {
        if (_clock.Elapsed - _lastWrite >= (interactive ? TerminalInterval : LogInterval))
        {
            Write(FormattableString.Invariant($"{_stage}: {count} {(count == 1 ? "page" : "pages")}"));
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

    private void Write(string message)
    {
        _lastWrite = _clock.Elapsed;
        var line = FormattableString.Invariant($"[{_lastWrite.TotalSeconds,5:F1} s] {message}");
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
}
