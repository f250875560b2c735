namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>A list without its first <c>start</c> items, read in place (no copy).</summary>
internal sealed class ListTail<T>(IReadOnlyList<T> list, int start) : IReadOnlyList<T>
{
    public int Count => list.Count - start;

    public T this[int index] => (uint)index < (uint)Count ? list[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = start; i < list.Count; i++)
        {
            yield return list[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
