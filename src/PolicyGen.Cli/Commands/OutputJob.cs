using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace PolicyGen.Cli.Commands;

/// <summary>An output file of a build and how to make its bytes, independently of the other files.</summary>
public sealed record OutputJob(string Name, Func<byte[]> Make)
{
    /// <summary>
    /// Painting a large volume allocates gigabytes, most of it dead once a file is made; the documents of the files
    /// made meanwhile get old enough to be collected only by full collections, which the runtime puts off while the
    /// heap grows. One full, compacting collection after each job that ends this many bytes of allocation after the
    /// last keeps the peak down (a few for a volume of thirty notes, none for three).
    /// </summary>
    private const long CollectEvery = 512L << 20;

    /// <summary>
    /// Makes every file, on all cores (each worker takes the next job in order, so the largest, listed first, start
    /// first), and returns them in the order of <paramref name="jobs"/>: the bytes do not depend on the number of
    /// cores. The first failure is rethrown as it was thrown.
    /// </summary>
    public static List<(string Name, byte[] Content)> MakeAll(IReadOnlyList<OutputJob> jobs)
    {
        var made = new byte[jobs.Count][];
        var lastCollect = GC.GetTotalAllocatedBytes();
        try
        {
            Parallel.ForEach(Partitioner.Create(0, jobs.Count, 1), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    made[i] = jobs[i].Make();
                    var allocated = GC.GetTotalAllocatedBytes();
                    if (allocated - Interlocked.Read(ref lastCollect) > CollectEvery)
                    {
                        Interlocked.Exchange(ref lastCollect, allocated);
                        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                    }
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
