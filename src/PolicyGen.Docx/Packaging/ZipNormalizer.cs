using System.IO.Compression;

namespace PolicyGen.Docx.Packaging;

/// <summary>
/// Rewrites a package as a canonical ZIP: <c>[Content_Types].xml</c> first, then the entries in ordinal
/// order, every timestamp at 1980-01-01 (the DOS epoch, as Word writes), one compression level. With the
/// same runtime, the same parts give the same bytes.
/// </summary>
internal static class ZipNormalizer
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Normalize(Stream package, Stream output)
    {
        package.Position = 0;
        using var input = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var entries = input.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : e.FullName == "_rels/.rels" ? 1 : 2)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in entries)
        {
            var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = Epoch;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }
}
