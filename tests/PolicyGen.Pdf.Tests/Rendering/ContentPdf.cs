using PolicyGen.Documents.Pairing;
using PolicyGen.Pdf.Layout.Pagination;
using PolicyGen.Pdf.Rendering;
using PolicyGen.Tests.Pagination;

namespace PolicyGen.Tests.Rendering;

/// <summary>The PDF of the real notes of <c>content/2021-2022</c> (cover and notes, as the volume), made once per test run.</summary>
public static class ContentPdf
{
    public static readonly PdfWriteOptions Options = new()
    {
        Reference = "A-453/2 - 2021/2022",
        Title = "Notes d'orientation / Beleidsnota's",
        Author = "Gouvernement de la Région de Bruxelles-Capitale",
        Subject = "A-453/2 – 2021/2022",
        Keywords = ["A-453/2", "2021/2022"],
        Date = new DateTimeOffset(2021, 10, 29, 0, 0, 0, TimeSpan.Zero),
    };

    private static readonly Lazy<(IReadOnlyList<PairedDocument> Documents, byte[] Pdf, LayoutResult Layout, string Path)> Built = new(() =>
    {
        var documents = Samples.TryBuild(out var errors, "content", "2021-2022");
        Assert.True(documents is not null, "content/2021-2022 does not build:\n" + errors);
        using var stream = new MemoryStream();
        var layout = PdfVolumeWriter.Write(documents, stream, Options);
        var bytes = stream.ToArray();
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"policygen-content-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, bytes);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return (documents, bytes, layout, path);
    });

    public static IReadOnlyList<PairedDocument> Documents => Built.Value.Documents;

    public static byte[] Pdf => Built.Value.Pdf;

    public static LayoutResult Layout => Built.Value.Layout;

    /// <summary>The PDF written to a temporary file (for poppler and qpdf), deleted when the tests end.</summary>
    public static string Path => Built.Value.Path;

    /// <summary>
    /// The smallest note (<c>equal-opportunities</c>) painted alone from the volume's layout, in a temporary file: for
    /// poppler's <c>pdfinfo -struct-text</c>, whose time grows with the square of the pages (minutes on the volume).
    /// </summary>
    public static string NotePath => Note.Value;

    private static readonly Lazy<string> Note = new(() =>
    {
        const string name = "equal-opportunities";
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"policygen-{name}-{Environment.ProcessId}.pdf");
        using (var stream = File.Create(path))
        {
            PdfVolumeWriter.Paint(Layout.Only(name), [.. Documents.Where(d => d.Name == name)], stream, Options);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    });
}
