using System.IO.Compression;
using System.Xml.Linq;

namespace PolicyGen.Tests.Support;

/// <summary>Reads the XML parts of DOCX bytes, and prints them indented for golden files.</summary>
public static class DocxParts
{
    public static XDocument Read(byte[] docx, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entry = zip.GetEntry(path) ?? throw new InvalidOperationException(path + " is not in the package");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public static IReadOnlyList<string> Entries(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    /// <summary>A part as indented XML, one element a line, for a readable diff.</summary>
    public static string Pretty(byte[] docx, string path) =>
        Read(docx, path).Root!.ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
