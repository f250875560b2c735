using PolicyGen.Model;

namespace PolicyGen.Docx;

/// <summary>What the DOCX writer needs beyond the paired documents: the volume's identity, the page, the dates.</summary>
public sealed record DocxWriteOptions
{
    /// <summary>The document reference printed in the header and footer (<c>A-453/2 - 2021/2022</c>); empty for none.</summary>
    public string Reference { get; init; } = string.Empty;

    /// <summary>The core property <c>dc:title</c>.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The core property <c>dc:creator</c>.</summary>
    public string Author { get; init; } = string.Empty;

    /// <summary>The core property <c>dc:subject</c>.</summary>
    public string Subject { get; init; } = string.Empty;

    /// <summary>
    /// The date written as created and modified in the core properties: from the sources or
    /// <c>SOURCE_DATE_EPOCH</c>, never the clock. Defaults to 1980-01-01, the ZIP epoch.
    /// </summary>
    public DateTimeOffset Timestamp { get; init; } = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The page: A4 and the margins of the PDF by default.</summary>
    public PageSetup Page { get; init; } = PageSetup.A4;

    /// <summary>
    /// The language whose headings carry outline levels (navigation pane, <c>TOC \o</c>); the other uses
    /// look-alike styles without. Null means the first column's language.
    /// </summary>
    public Language? OutlineLanguage { get; init; }

    /// <summary>
    /// Page numbers known from the PDF layout, written as the cached results of the table of contents:
    /// (document name, language, heading id) → page, or null where unknown.
    /// </summary>
    public Func<string, Language, string, int?>? PageNumberOf { get; init; }

    /// <summary>
    /// The number of the file's first page (a note written alone carries its page numbers in the volume, as its PDF
    /// and its table of contents do); null to number from 1.
    /// </summary>
    public int? FirstPageNumber { get; init; }

    /// <summary>
    /// A reference <c>.docx</c> whose styles, theme, headers and footers replace ours (its content is ignored).
    /// The stream is read, not kept.
    /// </summary>
    public Stream? ReferenceDocument { get; init; }

    /// <summary>How to name the reference document in diagnostics (its path in <c>policygen.yaml</c>).</summary>
    public string ReferenceDocumentName { get; init; } = "reference.docx";

    /// <summary>Sets <c>w:updateFields</c> so that Word offers to refresh fields on opening (off by default: the prompt alarms readers).</summary>
    public bool UpdateFieldsOnOpen { get; init; }
}
