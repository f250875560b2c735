namespace PolicyGen.Cli.Commands;

/// <summary>
/// Full, compacting collections at the moments a large build has just made a lot of garbage: after each output file,
/// and while a PDF document is written, once its pages are painted and once it is saved (the objects of its pages
/// become garbage just before the file is finished, which takes about as much memory again). Painting a volume of thirty notes allocates gigabytes whose dead objects get
/// old enough to be collected only by full collections, which the runtime puts off while the heap grows; these keep
/// the peak down. A build of a few notes never has a heap large enough to trigger one.
/// </summary>
public static class MemoryRelief
{
    /// <summary>Allocation since the last relief that makes another worth its tenth of a second.</summary>
    private const long Every = 512L << 20;

    /// <summary>The heap size under which nothing is done.</summary>
    private const long LargeHeap = 256L << 20;

    /// <summary>The bytes allocated by the process at the last relief, or when the outputs began.</summary>
    private static long _last;

    /// <summary>
    /// Starts counting from now, before the outputs are made: what came before them (the layout's garbage) is not
    /// counted, since collecting it right away raised the peak it was meant to lower (compacting needs room; measured).
    /// </summary>
    public static void Begin() => Interlocked.Exchange(ref _last, GC.GetTotalAllocatedBytes());

    /// <summary>Collects if the heap is large and much was allocated since the last relief (safe from any thread).</summary>
    public static void Now()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var last = Interlocked.Read(ref _last);
        if (allocated - last > Every
            && GC.GetGCMemoryInfo().HeapSizeBytes > LargeHeap
            && Interlocked.CompareExchange(ref _last, allocated, last) == last)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
