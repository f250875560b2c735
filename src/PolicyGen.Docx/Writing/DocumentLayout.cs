using DocumentFormat.OpenXml;
using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using Paragraph = PolicyGen.Documents.Paragraph;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace PolicyGen.Docx.Writing;

/// <summary>
/// Lays out one paired document as body elements: its units side by side in the layout table, title pages as
/// a row of their own followed by a page break, full-width tables across the page with both languages in each
/// cell, page breaks between tables. The whole document sits inside a bookmark (for its table of contents).
/// </summary>
internal sealed class DocumentLayout(WriterContext context, PairedDocument document)
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly LayoutTable _table = new(context.Page);

    /// <summary>Whether the document opens with a title page (its first page then has no header).</summary>
    public bool StartsWithTitlePage => document.Units.Count > 0 && document.Units[0].Kind == UnitKind.TitlePage;

    /// <summary>The body elements of the document.</summary>
    public List<OpenXmlElement> Write()
    {
        for (var i = 0; i < document.Units.Count; i++)
        {
            var unit = document.Units[i];
            var next = i + 1 < document.Units.Count ? document.Units[i + 1] : null;
            switch (unit.Kind)
            {
                case UnitKind.TitlePage:
                    Row(unit.Fr, unit.Nl, heading: false);
                    if (next is not null && next.Kind != UnitKind.PageBreak)
                    {
                        Break();
                    }

                    break;
                case UnitKind.PageBreak:
                    Break();
                    Row(unit.Fr.Skip(1).ToList(), unit.Nl.Skip(1).ToList(), heading: false);
                    break;
                case UnitKind.FullWidth:
                    FullWidth(unit);
                    break;
                case UnitKind.Contents when unit.Fr[0] is TableOfContents { Kind: ContentsKind.Contents }:
                    Contents(unit);
                    break;
                case UnitKind.Heading:
                case UnitKind.Block when unit.Fr[0] is Paragraph { Style: ParagraphStyle.Label } && unit.Nl[0] is Paragraph { Style: ParagraphStyle.Label }:
                    // The sync block on a row of its own, kept with the next in Word. The label style itself has no
                    // keep-with-next: inside a row, LibreOffice then refuses to split the row and leaves a gap.
                    Row(unit.Fr.Take(1).ToList(), unit.Nl.Take(1).ToList(), heading: true);
                    Row(unit.Fr.Skip(1).ToList(), unit.Nl.Skip(1).ToList(), heading: false);
                    break;
                default:
                    Row(unit.Fr, unit.Nl, heading: false);
                    break;
            }
        }

        Flush();
        if (_body.Count == 0 || _body[^1] is not WordParagraph)
        {
            _body.Add(Paragraphs.Spacer());
        }

        if (context.Bookmarks.Create(Bookmarks.DocumentName(document.Name)) is var (start, end))
        {
            _body.Insert(0, start);
            _body[^1].AppendChild(end);
        }

        return _body;
    }

    private void FullWidth(PairedUnit unit)
    {
        var fr = (FullWidth)unit.Fr[0];
        var nl = (FullWidth)unit.Nl[0];
        var frText = fr.Blocks.Where(b => b is not Documents.Table).ToList();
        var nlText = nl.Blocks.Where(b => b is not Documents.Table).ToList();
        if (unit.Spanning.Count == 0)
        {
            // The tables could not be merged (reported by the pairer): set each language's version in its column.
            Row([fr with { Id = unit.Id }], [nl with { Id = unit.Id }], heading: false);
        }
        else
        {
            Row([.. frText], [.. nlText], heading: false);
            Flush();
            var first = true;
            foreach (var block in unit.Spanning.OfType<SpanningTable>())
            {
                AddTable(Spanning(block, first ? unit.Id : null));
                first = false;
            }
        }

        Row(unit.Fr.Skip(1).ToList(), unit.Nl.Skip(1).ToList(), heading: false);
    }

    /// <summary>
    /// A table of contents, each language's in turn across the page: LibreOffice turns a <c>TOC</c> field into
    /// an index section, which cannot live in a table cell, and then dissolves the whole layout table.
    /// </summary>
    private void Contents(PairedUnit unit)
    {
        Flush();
        foreach (var language in document.Columns)
        {
            var contents = unit.Of(language)[0];
            _body.AddRange(new ColumnWriter(Scope(language), context.Page.TextWidth).Write(contents));
        }

        Row(unit.Fr.Skip(1).ToList(), unit.Nl.Skip(1).ToList(), heading: false);
    }

    private WordTable Spanning(SpanningTable table, string? id)
    {
        var columns = document.Columns;
        var scopes = columns.Select(Scope).ToList();
        var rows = table.Rows.Select(row =>
            (IReadOnlyList<IReadOnlyList<OpenXmlElement>>)row.Cells.Select((cell, c) =>
            {
                var alignment = c < table.Columns.Count ? table.Columns[c] : ColumnAlignment.Default;
                if (cell.Shared)
                {
                    return (IReadOnlyList<OpenXmlElement>)[ColumnWriter.CellParagraph(cell.Fr, alignment, scopes[0])];
                }

                return scopes.Select(s => (OpenXmlElement)ColumnWriter.CellParagraph(s.Language == Language.Fr ? cell.Fr : cell.Nl, alignment, s)).ToList();
            }).ToList());
        var written = DataTables.Create(context.Page.TextWidth, Math.Max(1, table.Columns.Count), table.HeaderRows, rows);
        if (id is not null)
        {
            var paragraph = written.Descendants<WordParagraph>().First();
            foreach (var scope in scopes)
            {
                if (context.Bookmarks.Create(Bookmarks.Name(document.Name, scope.Language, id)) is var (start, end))
                {
                    paragraph.ParagraphProperties!.InsertAfterSelf(start);
                    paragraph.AppendChild(end);
                }
            }
        }

        return written;
    }

    private void Row(IReadOnlyList<Block> fr, IReadOnlyList<Block> nl, bool heading)
    {
        if (fr.Count == 0 && nl.Count == 0)
        {
            return;
        }

        var cells = document.Columns.Select(language =>
            new ColumnWriter(Scope(language), context.Page.ColumnTextWidth).Write(language == Language.Fr ? fr : nl)).ToList();
        _table.Add(cells[0], cells[1], heading);
    }

    private void Break()
    {
        Flush();
        _body.Add(Paragraphs.PageBreak());
    }

    private void Flush()
    {
        if (_table.Flush() is { } table)
        {
            AddTable(table);
        }
    }

    private void AddTable(WordTable table)
    {
        // Two tables in a row would merge into one: keep a paragraph between them.
        if (_body.Count > 0 && _body[^1] is WordTable)
        {
            _body.Add(Paragraphs.Spacer());
        }

        _body.Add(table);
    }

    private ColumnScope Scope(Language language) => new(context, document.Name, language, document.Footnotes(language));
}
