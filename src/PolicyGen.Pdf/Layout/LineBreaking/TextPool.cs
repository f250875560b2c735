using System.Collections.Concurrent;

namespace PolicyGen.Pdf.Layout.LineBreaking;

/// <summary>
/// One string per distinct text of the laid-out lines: a volume repeats the same few tens of thousands of words over
/// hundreds of thousands of pieces, and each piece lives as long as the layout (for a volume of thirty notes, some
/// thirty megabytes less). Shared by every layout of the process, safe from any thread, and bounded: past
/// <see cref="Capacity"/> texts, new ones are no longer kept.
/// </summary>
internal static class TextPool
{
    private const int Capacity = 200_000;

    /// <summary>Texts longer than this are not pooled (few repeat).</summary>
    private const int LongestPooled = 64;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> BySpan = Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>About how many texts are kept (the dictionary's own count takes every lock).</summary>
    private static int _count;

    /// <summary>The pooled string equal to <paramref name="text"/>'s content.</summary>
    public static string Of(System.Text.StringBuilder text)
    {
        if (text.Length > LongestPooled)
        {
            return text.ToString();
        }

        Span<char> chars = stackalloc char[text.Length];
        text.CopyTo(0, chars, text.Length);
        if (BySpan.TryGetValue(chars, out var pooled))
        {
            return pooled;
        }

        var made = new string(chars);
        if (Volatile.Read(ref _count) >= Capacity)
        {
            return made;
        }

        var kept = Pool.GetOrAdd(made, made);
        if (ReferenceEquals(kept, made))
        {
            Interlocked.Increment(ref _count);
        }

        return kept;
    }
}
