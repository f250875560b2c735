using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Diagnostics;
using PolicyGen.Docx.Packaging;
using PolicyGen.Docx.Reference;
using PolicyGen.Docx.Styles;
using PolicyGen.Docx.Writing;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;

namespace PolicyGen.Docx;

/// <summary>
/// Writes paired documents as one DOCX: French and Dutch side by side in a borderless two-column table, one
/// section per document (a note, or the cover and the notes of a volume), with a real style sheet, list
/// numbering, footnotes, a pre-filled table of contents, bookmarks and links. The bytes depend only on the
/// input and the options (explicit relationship ids, fixed dates, a normalised ZIP).
/// </summary>
public static class DocxWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";

    // Relationship ids of the main document part, fixed.
    private const string StylesId = "rId1";
    private const string NumberingId = "rId2";
    private const string SettingsId = "rId3";
    private const string FontTableId = "rId4";
    private const string FootnotesId = "rId5";
    private const string HeaderId = "rId6";
    private const string FirstHeaderId = "rId7";
    private const string FooterId = "rId8";
    private const string FirstFooterId = "rId9";
    private const string ThemeId = "rId10";

    /// <summary>Writes one paired document (a note) as a DOCX.</summary>
    public static void Write(PairedDocument document, Stream output, DocxWriteOptions options, DiagnosticBag? diagnostics = null) =>
        Write([document], output, options, diagnostics);

    /// <summary>
    /// Writes paired documents (the volume: the cover, then the notes) as one DOCX, each document a section
    /// starting on a new page, page numbers running on.
    /// </summary>
    /// <param name="documents">The documents in order; at least one.</param>
    /// <param name="output">Receives the DOCX bytes.</param>
    /// <param name="options">The volume's identity, the page, the reference document.</param>
    /// <param name="diagnostics">Receives the reference document's problems, if any.</param>
    public static void Write(IReadOnlyList<PairedDocument> documents, Stream output, DocxWriteOptions options, DiagnosticBag? diagnostics = null)
    {
        if (documents.Count == 0)
        {
            throw new ArgumentException("There is nothing to write.", nameof(documents));
        }

        diagnostics ??= new DiagnosticBag();
        var columns = documents[0].Columns;
        var outline = options.OutlineLanguage ?? columns[0];
        var reference = options.ReferenceDocument is { } stream ? ReferenceDocument.Read(stream, options.ReferenceDocumentName, diagnostics) : null;

        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            var core = package.AddNewPart<CoreFilePropertiesPart>(CoreContentType, "rId2");
            using (var coreStream = new MemoryStream())
            {
                CoreProperties.Write(coreStream, options, StyleIds.LanguageTag(columns[0]));
                coreStream.Position = 0;
                core.FeedData(coreStream);
            }

            var links = 0;
            var context = new WriterContext(options.Page, outline, options.PageNumberOf,
                uri => main.AddHyperlinkRelationship(uri, true, "rLink" + (++links).ToString(CultureInfo.InvariantCulture)).Id);
            var body = new Body();
            var scopes = new Dictionary<(string, Language), ColumnScope>();
            for (var i = 0; i < documents.Count; i++)
            {
                var document = documents[i];
                foreach (var language in LanguageExtensions.All)
                {
                    scopes[(document.Name, language)] = new ColumnScope(context, document.Name, language, document.Footnotes(language));
                }

                var layout = new DocumentLayout(context, document);
                var elements = layout.Write();
                var section = Section(options.Page, layout.StartsWithTitlePage, i == 0 ? options.FirstPageNumber : null);
                if (i < documents.Count - 1)
                {
                    // A section ends with the paragraph that carries its properties.
                    elements.Add(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Spacer }, SectionProperties = section }));
                    body.Append(elements);
                }
                else
                {
                    body.Append(elements);
                    body.Append(section);
                }
            }

            main.Document = new Document(body);
            main.Document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");

            var styles = main.AddNewPart<StyleDefinitionsPart>(StylesId);
            styles.Styles = StyleSheet.Build(options.Page, outline);
            var numbering = main.AddNewPart<NumberingDefinitionsPart>(NumberingId);
            numbering.Numbering = context.Lists.Build();
            var settings = main.AddNewPart<DocumentSettingsPart>(SettingsId);
            settings.Settings = SettingsBuilder.Build(outline, options.UpdateFieldsOnOpen);
            var fonts = main.AddNewPart<FontTablePart>(FontTableId);
            fonts.Fonts = FontTableBuilder.Build(options.Page);
            var footnotes = main.AddNewPart<FootnotesPart>(FootnotesId);
            footnotes.Footnotes = FootnotesBuilder.Build(context, scopes);
            main.AddNewPart<HeaderPart>(HeaderId).Header = HeaderFooterParts.Header(options);
            main.AddNewPart<HeaderPart>(FirstHeaderId).Header = HeaderFooterParts.EmptyHeader();
            main.AddNewPart<FooterPart>(FooterId).Footer = HeaderFooterParts.Footer(options);
            main.AddNewPart<FooterPart>(FirstFooterId).Footer = HeaderFooterParts.EmptyFooter();
            reference?.Apply(main, ThemeId, HeaderId, FooterId, diagnostics);
        }

        ZipNormalizer.Normalize(buffer, output);
    }

    /// <summary>The roots of the parts that hold content (document, footnotes, headers, footers), to find the styles they use.</summary>
    internal static IEnumerable<OpenXmlElement> RootsOf(MainDocumentPart main)
    {
        if (main.Document is { } document)
        {
            yield return document;
        }

        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            yield return footnotes;
        }

        foreach (var header in main.HeaderParts)
        {
            yield return header.Header!;
        }

        foreach (var footer in main.FooterParts)
        {
            yield return footer.Footer!;
        }
    }

    private static SectionProperties Section(PageSetup page, bool titlePage, int? firstPageNumber)
    {
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = HeaderId },
            new HeaderReference { Type = HeaderFooterValues.First, Id = FirstHeaderId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId },
            new FooterReference { Type = HeaderFooterValues.First, Id = FirstFooterId },
            new SectionType { Val = SectionMarkValues.NextPage },
            new PageSize { Width = (uint)page.Width, Height = (uint)page.Height },
            new PageMargin
            {
                Top = page.MarginTop,
                Bottom = page.MarginBottom,
                Left = (uint)page.MarginLeft,
                Right = (uint)page.MarginRight,
                Header = (uint)page.HeaderDistance,
                Footer = (uint)page.HeaderDistance,
                Gutter = 0,
            },
            new Columns { Space = "708" });
        if (firstPageNumber is { } start)
        {
            // w:pgNumType stands between w:pgMar and w:cols in the schema's order.
            section.InsertBefore(new PageNumberType { Start = start }, section.GetFirstChild<Columns>());
        }

        if (titlePage)
        {
            section.Append(new TitlePage());
        }

        return section;
    }
}
