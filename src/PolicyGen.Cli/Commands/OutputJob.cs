using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace PolicyGen.Cli.Commands;

/// <summary>An output file of a build and how to make its bytes, independently of the other files.</summary>
public sealed record OutputJob(string Name, Func<byte[]> Make)
{
    /// <summary>
    /// Makes every file, on all cores (each worker takes the next job in order, so the largest, listed first, start
    /// first), and returns them in the order of <paramref name="jobs"/>: the bytes do not depend on the number of
    /// cores. The first failure is rethrown as it was thrown. The memory of a large build is relieved after each file
    /// (<see cref="MemoryRelief"/>).
    /// </summary>
    public static List<(string Name, byte[] Content)> MakeAll(IReadOnlyList<OutputJob> jobs)
    {
        MemoryRelief.Begin();
        var made = new byte[jobs.Count][];
        try
        {
            Parallel.ForEach(Partitioner.Create(0, jobs.Count, 1), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    made[i] = jobs[i].Make();
                    MemoryRelief.Now();
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }

        return [.. jobs.Select((job, i) => (job.Name, made[i]))];
    }
}
