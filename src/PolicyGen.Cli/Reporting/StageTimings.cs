using System.Diagnostics;
using System.Globalization;

namespace PolicyGen.Cli.Reporting;

/// <summary>
/// What each stage of a build cost (shown when <c>POLICYGEN_TIMINGS=1</c>): wall time, processor time of all
/// threads, time spent compiling methods (the JIT: a build is one cold process) and paused for garbage collection,
/// bytes allocated and garbage collections, from one stage mark to the next, with the size of the heap after the last
/// collection at the end of each stage, and the peak working set.
/// </summary>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Wall, TimeSpan Cpu, TimeSpan Jit, TimeSpan Paused, long Allocated, int Collections, long Heap, long WorkingSet)> _marks = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Timings when <c>POLICYGEN_TIMINGS=1</c>, else null.</summary>
    public static StageTimings? FromEnvironment() =>
        Environment.GetEnvironmentVariable("POLICYGEN_TIMINGS") == "1" ? new StageTimings() : null;

    /// <summary>Ends the current stage (if any) and starts <paramref name="stage"/>.</summary>
    public void Mark(string stage)
    {
        using var process = Process.GetCurrentProcess();
        _marks.Add((stage, _clock.Elapsed, process.TotalProcessorTime, System.Runtime.JitInfo.GetCompilationTime(), GC.GetTotalPauseDuration(),
            GC.GetTotalAllocatedBytes(), GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2), GC.GetGCMemoryInfo().HeapSizeBytes, process.WorkingSet64));
    }

    /// <summary>One line per stage, then the peak working set.</summary>
    public void Write(TextWriter error)
    {
        Mark("end");
        for (var i = 0; i + 1 < _marks.Count; i++)
        {
            var (stage, wall, cpu, jit, paused, allocated, collections, _, _) = _marks[i];
            var next = _marks[i + 1];
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Shorten(stage),-40} {(next.Wall - wall).TotalMilliseconds,8:F0} ms wall {(next.Cpu - cpu).TotalMilliseconds,8:F0} ms cpu {(next.Jit - jit).TotalMilliseconds,6:F0} ms jit {(next.Paused - paused).TotalMilliseconds,6:F0} ms gc {(next.Allocated - allocated) / 1048576.0,8:F0} MB allocated {next.Collections - collections,4} GCs, heap {next.Heap / 1048576.0,5:F0} MB, working set {next.WorkingSet / 1048576.0,5:F0} MB after"));
        }

        using var process = Process.GetCurrentProcess();
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
    }

    private static string Shorten(string stage) => stage.Length <= 40 ? stage : stage[..39] + "…";
}
