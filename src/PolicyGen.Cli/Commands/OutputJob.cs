using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace PolicyGen.Cli.Commands;

/// <summary>An output file of a build and how to write its bytes, independently of the other files.</summary>
public sealed record OutputJob(string Name, Action<Stream> Write)
{
    /// <summary>An output whose bytes are already made (Markdown, dumps).</summary>
    public static OutputJob Of(string name, byte[] content) => new(name, stream => stream.Write(content));

    /// <summary>
    /// Makes every file into a staged file of <paramref name="folder"/>, on all cores (each worker takes the next job in
    /// order, so the largest, listed first, start first), and returns them in the order of <paramref name="jobs"/>: the
    /// bytes do not depend on the number of cores. A made file leaves memory at once (<see cref="StagedFile"/>). The first
    /// failure is rethrown as it was thrown, the files made so far discarded. The memory of a large build is relieved
    /// after each file (<see cref="MemoryRelief"/>).
    /// </summary>
    public static List<(string Name, StagedFile File)> MakeAll(IReadOnlyList<OutputJob> jobs, OutputFolder folder)
    {
        MemoryRelief.Begin();
        var made = new StagedFile?[jobs.Count];
        try
        {
            Parallel.ForEach(Partitioner.Create(0, jobs.Count, 1), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    made[i] = folder.Stage();
                    jobs[i].Write(made[i]!.Stream);
                    MemoryRelief.Now();
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            Discard(made);

            // Every input is read by now: a file-system failure here is the staged outputs' (a full disk, say).
            if (OutputWriteException.IsFileSystem(e.InnerExceptions[0]))
            {
                throw new OutputWriteException(folder.Path, e.InnerExceptions[0]);
            }

            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return [.. jobs.Select((job, i) => (job.Name, made[i]!))];
    }

    /// <summary>Closes staged files, which takes them off the disk.</summary>
    public static void Discard(IEnumerable<StagedFile?> files)
    {
        foreach (var file in files)
        {
            file?.Dispose();
        }
    }
}
