using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Docx.Numbering;
using PolicyGen.Docx.Styles;
using PolicyGen.Documents;
using DocParagraph = PolicyGen.Documents.Paragraph;
using DocTitlePage = PolicyGen.Documents.TitlePage;
using DocTable = PolicyGen.Documents.Table;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace PolicyGen.Docx.Writing;

/// <summary>
/// Writes the blocks of one language as Word paragraphs and tables, for a column cell of the layout table or
/// a footnote. Every paragraph gets a per-language style; a block with an id gets a bookmark on its first
/// paragraph, for links and the table of contents.
/// </summary>
internal sealed class ColumnWriter : IBlockVisitor<IReadOnlyList<OpenXmlElement>>
{
    private readonly ColumnScope _scope;
    private readonly int _width;
    private readonly int _listLevel;
    private readonly bool _footnote;

    public ColumnWriter(ColumnScope scope, int width, bool footnote = false)
        : this(scope, width, -1, footnote)
    {
    }

    private ColumnWriter(ColumnScope scope, int width, int listLevel, bool footnote)
    {
        _scope = scope;
        _width = width;
        _listLevel = listLevel;
        _footnote = footnote;
    }

    /// <summary>The elements of blocks, in order.</summary>
    public List<OpenXmlElement> Write(IEnumerable<Block> blocks)
    {
        var elements = new List<OpenXmlElement>();
        foreach (var block in blocks)
        {
            elements.AddRange(Write(block));
        }

        return elements;
    }

    /// <summary>The elements of a block, bookmarked when it has an id.</summary>
    public IReadOnlyList<OpenXmlElement> Write(Block block)
    {
        var elements = block.Accept(this);
        if (block.Id is { } id && !_footnote)
        {
            Bookmark(elements, Bookmarks.Name(_scope.Document, _scope.Language, id));
        }

        return elements;
    }

    public IReadOnlyList<OpenXmlElement> Visit(Heading heading)
    {
        var content = new List<OpenXmlElement>();
        if (heading.Number is { } number)
        {
            content.Add(InlineWriter.TextRun(number, _scope.Language));
            content.Add(heading.Level == 1
                ? new Run(InlineWriter.Properties(_scope.Language), new Break())
                : InlineWriter.TextRun(" ", _scope.Language));
        }

        content.AddRange(InlineWriter.Write(_scope, heading.Title));
        return [Paragraphs.Create(StyleIds.Heading(heading.Level, _scope.Language, _scope.Context.Outline), _scope.Language, content)];
    }

    public IReadOnlyList<OpenXmlElement> Visit(DocParagraph paragraph)
    {
        var baseStyle = _footnote ? StyleIds.FootnoteText : paragraph.Style switch
        {
            ParagraphStyle.Label => StyleIds.Label,
            ParagraphStyle.Title => StyleIds.Title,
            ParagraphStyle.Subtitle => StyleIds.Subtitle,
            _ => _listLevel >= 0 ? StyleIds.ListParagraph : StyleIds.BodyText,
        };
        var style = StyleIds.For(baseStyle, _scope.Language);
        var indent = _listLevel >= 0 && !_footnote ? ListNumbering.Indent(_listLevel) : (int?)null;
        return [Paragraphs.Create(style, _scope.Language, InlineWriter.Write(_scope, paragraph.Content), p =>
        {
            if (indent is { } left)
            {
                p.Indentation = new Indentation { Left = left.ToString(CultureInfo.InvariantCulture) };
            }
        })];
    }

    public IReadOnlyList<OpenXmlElement> Visit(ListBlock list)
    {
        var level = _listLevel + 1;
        var numId = _scope.Context.Lists.Allocate(list.Ordered, level, list.Start);
        var inner = new ColumnWriter(_scope, _width, level, _footnote);
        var elements = new List<OpenXmlElement>();
        foreach (var item in list.Items)
        {
            var first = true;
            foreach (var block in item.Blocks)
            {
                var written = inner.Write(block);
                if (first && block is DocParagraph && written.Count > 0 && written[0] is WordParagraph numbered)
                {
                    var properties = numbered.ParagraphProperties!;
                    properties.NumberingProperties = new NumberingProperties(
                        new NumberingLevelReference { Val = level }, new NumberingId { Val = numId });
                    properties.Indentation = null;
                }

                first = false;
                elements.AddRange(written);
            }
        }

        return elements;
    }

    public IReadOnlyList<OpenXmlElement> Visit(DocTable table)
    {
        var width = Math.Max(1000, _width - (_listLevel >= 0 ? ListNumbering.Indent(_listLevel) : 0));
        var columns = Math.Max(1, table.Columns.Count);
        var rows = table.Rows.Select((row, r) =>
            (IReadOnlyList<IReadOnlyList<OpenXmlElement>>)row.Cells.Select((cell, c) =>
                (IReadOnlyList<OpenXmlElement>)[CellParagraph(cell.Content, c < table.Columns.Count ? table.Columns[c] : ColumnAlignment.Default, _scope)]).ToList());
        return [DataTables.Create(width, columns, table.HeaderRows, rows)];
    }

    public IReadOnlyList<OpenXmlElement> Visit(FullWidth fullWidth) => Write(fullWidth.Blocks);

    public IReadOnlyList<OpenXmlElement> Visit(DocTitlePage titlePage) => Write(titlePage.Blocks);

    public IReadOnlyList<OpenXmlElement> Visit(PageBreak pageBreak) => [];

    public IReadOnlyList<OpenXmlElement> Visit(TableOfContents contents) => ContentsWriter.Write(_scope, contents);

    public IReadOnlyList<OpenXmlElement> Visit(SpanningTable table)
    {
        // Only met inside a column when a spanning table was nested; write this language's side.
        var rows = table.Rows.Select(row =>
            (IReadOnlyList<IReadOnlyList<OpenXmlElement>>)row.Cells.Select((cell, c) =>
                (IReadOnlyList<OpenXmlElement>)[CellParagraph(_scope.Language == Model.Language.Fr ? cell.Fr : cell.Nl,
                    c < table.Columns.Count ? table.Columns[c] : ColumnAlignment.Default, _scope)]).ToList());
        return [DataTables.Create(_width, Math.Max(1, table.Columns.Count), table.HeaderRows, rows)];
    }

    /// <summary>A table cell's paragraph in a language, aligned as its column.</summary>
    public static WordParagraph CellParagraph(IReadOnlyList<Inline> content, ColumnAlignment alignment, ColumnScope scope) =>
        Paragraphs.Create(StyleIds.For(StyleIds.TableText, scope.Language), scope.Language, InlineWriter.Write(scope, content), p =>
        {
            if (alignment != ColumnAlignment.Default)
            {
                p.Justification = new Justification
                {
                    Val = alignment switch
                    {
                        ColumnAlignment.Center => JustificationValues.Center,
                        ColumnAlignment.Right => JustificationValues.Right,
                        _ => JustificationValues.Left,
                    },
                };
            }
        });

    private void Bookmark(IReadOnlyList<OpenXmlElement> elements, string name)
    {
        var target = elements.Count == 0 ? null : elements[0] as WordParagraph ?? elements[0].Descendants<WordParagraph>().FirstOrDefault();
        if (target is null)
        {
            return;
        }

        if (_scope.Context.Bookmarks.Create(name) is not var (start, end))
        {
            return;
        }

        if (target.ParagraphProperties is { } properties)
        {
            properties.InsertAfterSelf(start);
        }
        else
        {
            target.PrependChild(start);
        }

        target.AppendChild(end);
    }
}
