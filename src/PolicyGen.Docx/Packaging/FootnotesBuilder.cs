using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Docx.Styles;
using PolicyGen.Docx.Writing;

namespace PolicyGen.Docx.Packaging;

/// <summary>
/// The footnotes part: the separators Word expects, then every footnote called, each opening with its
/// language's own number (the call used <c>customMarkFollows</c>).
/// </summary>
internal static class FootnotesBuilder
{
    public static Footnotes Build(WriterContext context, IReadOnlyDictionary<(string, Model.Language), ColumnScope> scopes)
    {
        var footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        // By index: a footnote that calls another adds to the list while it is written.
        for (var i = 0; i < context.Footnotes.Notes.Count; i++)
        {
            var (id, document, language, note) = context.Footnotes.Notes[i];
            var scope = scopes[(document, language)];
            var writer = new ColumnWriter(scope, context.Page.ColumnTextWidth, footnote: true);
            var content = writer.Write(note.Blocks);
            var first = content.OfType<Paragraph>().FirstOrDefault();
            if (first is null)
            {
                first = Paragraphs.Create(StyleIds.For(StyleIds.FootnoteText, language), language, []);
                content.Insert(0, first);
            }

            // The footnote's own mark: Word and LibreOffice show the call's custom mark here. A typed number instead
            // shows twice in LibreOffice, which adds its mark before the text.
            var mark = new Run(InlineWriter.Properties(language, style: StyleIds.FootnoteReference), new FootnoteReferenceMark());
            var space = InlineWriter.TextRun(" ", language);
            first.ParagraphProperties!.InsertAfterSelf(space);
            first.ParagraphProperties!.InsertAfterSelf(mark);
            var footnote = new Footnote { Id = id };
            footnote.Append(content.Where(e => e is Paragraph or Table).Select(e => (OpenXmlElement)e));
            footnotes.Append(footnote);
        }

        return footnotes;
    }
}
