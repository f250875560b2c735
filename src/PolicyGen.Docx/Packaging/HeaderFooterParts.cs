using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Docx.Styles;
using PolicyGen.Docx.Writing;

namespace PolicyGen.Docx.Packaging;

/// <summary>
/// The running header and footer: the document reference over each column and the page number centred
/// between em dashes (<c>— 33 —</c>, a <c>PAGE</c> field) in the header, the title in the footer; and the
/// empty ones of title pages.
/// </summary>
internal static class HeaderFooterParts
{
    public static Header Header(DocxWriteOptions options)
    {
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Header } });
        paragraph.Append(Plain(options.Reference), new Run(new TabChar()), Plain("\u2014 "));
        paragraph.Append(Paragraphs.Field("PAGE", "1", null));
        paragraph.Append(Plain(" \u2014"), new Run(new TabChar()), Plain(options.Reference));
        return new Header(paragraph);
    }

    public static Footer Footer(DocxWriteOptions options)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Footer },
            Justification = new Justification { Val = JustificationValues.Center },
        });
        if (options.Title.Length > 0)
        {
            paragraph.Append(Plain(options.Title));
        }

        return new Footer(paragraph);
    }

    public static Header EmptyHeader() => new(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Header } }));

    public static Footer EmptyFooter() => new(new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Footer } }));

    private static Run Plain(string text) => new(new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
}
