using PolicyGen.Pdf.Layout.Pagination;

namespace PolicyGen.Pdf.Rendering;

/// <summary>What <see cref="PdfVolumeWriter"/> needs besides the documents.</summary>
public sealed record PdfWriteOptions
{
    /// <summary>The document reference printed above each column (<c>A-453/2 - 2021/2022</c>).</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>The number of the first page.</summary>
    public int FirstPageNumber { get; init; } = 1;

    /// <summary>
    /// The creation and modification date written in the file: never the clock, so that the same sources give the
    /// same file (take it from the sources or <c>SOURCE_DATE_EPOCH</c>). Default 2000-01-01 UTC.
    /// </summary>
    public DateTimeOffset Date { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The document title (metadata).</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The author (metadata).</summary>
    public string Author { get; init; } = string.Empty;

    /// <summary>The subject (metadata).</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>Keywords (metadata: the information dictionary and the XMP <c>dc:subject</c>).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The document's language in the catalog (<c>/Lang</c>).</summary>
    public string Language { get; init; } = "fr-BE";

    /// <summary>
    /// Whether the file is tagged (structure tree with each column's language, artifacts): default true. An untagged
    /// file looks the same and has the same links and bookmarks, and paints in about two thirds of the time (previews).
    /// </summary>
    public bool Tagged { get; init; } = true;

    /// <summary>
    /// Called at the two moments painting a large document leaves the most garbage behind: once its pages are painted
    /// (before the save), and once it is saved and PDFsharp's objects are released (before the saved bytes are
    /// finished into the file, which takes about as much memory again). Where a program that writes large volumes may
    /// collect garbage (optional).
    /// </summary>
    public Action? Relief { get; init; }

    /// <summary>The page geometry and type sizes.</summary>
    public PageSettings Page { get; init; } = PageSettings.Default;
}
