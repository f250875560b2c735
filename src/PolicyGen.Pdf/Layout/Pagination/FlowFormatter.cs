using System.Globalization;
using PolicyGen.Documents;
using PolicyGen.Model;
using PolicyGen.Pdf.Hyphenation;
using PolicyGen.Pdf.Layout.LineBreaking;

namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>How the lines of a paragraph are aligned.</summary>
internal enum Alignment
{
    Justify,
    Left,
    Center,
    Right,
}

/// <summary>
/// Turns the blocks of one language into a column's vertical list: lines set by the paragraph typesetter, spaces
/// between blocks, table rows, with the keep rules (orphans, widows, headings with what follows) on each box.
/// </summary>
internal sealed class FlowFormatter : IBlockVisitor<bool>
{
    private readonly PageSettings _settings;
    private readonly IFontMetrics _metrics;
    private readonly Func<Language, IHyphenator?> _hyphenators;
    private readonly Func<string, int?> _pageOf;
    private readonly List<string> _warnings;
    private readonly Dictionary<(Language, bool, bool), ParagraphTypesetter> _typesetters = [];
    private List<FlowItem> _items = [];
    private Language _language;
    private double _width;
    private double _indent;
    private int _keepLines;
    private bool _afterHeading;
    private string? _marker;
    private IReadOnlyList<StructureNode> _markerStructure = [];

    // The structure elements that enclose the current block (a list, its item and body), and those of the lines being
    // made now, which Place gives each line; _lastKey numbers the elements.
    private IReadOnlyList<StructureNode> _path = [];
    private IReadOnlyList<StructureNode> _structure = [];
    private long _lastKey;

    public FlowFormatter(
        PageSettings settings, IFontMetrics metrics, Func<Language, IHyphenator?> hyphenators, Func<string, int?> pageOf, List<string> warnings, int piece = 0)
    {
        // Pieces of a document are formatted by formatters of their own (in parallel): each numbers its structure
        // elements from a base of its own, so that keys stay unique in the document.
        _lastKey = (long)piece << 32;
        _settings = settings;
        _metrics = metrics;
        _hyphenators = hyphenators;
        _pageOf = pageOf;
        _warnings = warnings;
    }

    /// <summary>The width of a column.</summary>
    public double ColumnWidth => _settings.ColumnWidth;

    /// <summary>The vertical list of <paramref name="blocks"/> in <paramref name="language"/>, set <paramref name="width"/> wide.</summary>
    public List<FlowItem> Format(IEnumerable<Block> blocks, Language language, double width)
    {
        var saved = (_items, _language, _width, _indent, _keepLines, _afterHeading, _marker, _path);
        _items = [];
        _path = [];
        _language = language;
        _width = width;
        _indent = 0;
        _keepLines = 0;
        _afterHeading = false;
        _marker = null;
        foreach (var block in blocks)
        {
            block.Accept(this);
        }

        var result = _items;
        (_items, _language, _width, _indent, _keepLines, _afterHeading, _marker, _path) = saved;
        return result;
    }

    /// <summary>A footnote's boxes: <c>(n)</c> and its text, in the footnote size.</summary>
    public List<FlowBox> Footnote(Footnote footnote, Language language, double width)
    {
        var boxes = new List<FlowBox>();
        var first = true;
        var note = Node(StructureRole.Note);
        foreach (var paragraph in footnote.Blocks.OfType<Paragraph>())
        {
            _structure = [note, Node(StructureRole.Paragraph)];
            var runs = new List<TextRun>();
            if (first)
            {
                runs.Add(new TextRun($"({footnote.Number.ToString(CultureInfo.InvariantCulture)})\u00A0", FontSpec.Regular(_settings.FootnoteSize)));
            }

            runs.AddRange(Runs(paragraph.Content, _settings.FootnoteSize, false, false));
            first = false;
            var lines = Set(runs, language, width, Alignment.Justify, hyphenate: true);
            boxes.AddRange(lines.Select(line => LineBox(line, 0, _settings.FootnoteLeading, _settings.FootnoteSize)));
        }

        return boxes;
    }

    /// <summary>The title page's lines for one column, centred.</summary>
    public List<FlowItem> TitlePage(TitlePage titlePage, Language language, double width)
    {
        var items = new List<FlowItem>();
        foreach (var paragraph in titlePage.Blocks.OfType<Paragraph>())
        {
            var (size, bold, space) = paragraph.Style == ParagraphStyle.Title ? (16.0, true, 24.0) : (11.0, false, 10.0);
            var leading = size * 1.3;
            _structure = [Node(StructureRole.Paragraph)];
            items.Add(new FlowSpace(space));
            var lines = Set([.. Runs(paragraph.Content, size, bold, false)], language, width, Alignment.Center, hyphenate: false);
            items.AddRange(lines.Select(line => LineBox(line, 0, leading, size)));
        }

        return items;
    }

    public bool Visit(Heading heading)
    {
        var level = Math.Clamp(heading.Level, 1, 6);
        var (size, bold, italic, align) = level switch
        {
            1 => (11.0, true, false, Alignment.Center),
            2 or 3 => (_settings.BodySize, true, false, Alignment.Left),
            4 => (_settings.BodySize, true, true, Alignment.Left),
            _ => (_settings.BodySize, false, true, Alignment.Left),
        };
        var before = level switch
        {
            1 => 2 * _settings.Leading,
            2 or 3 => _settings.Leading,
            _ => 0.75 * _settings.Leading,
        };
        var leading = level == 1 ? 15.0 : _settings.Leading;
        _items.Add(new FlowSpace(before));
        var paragraphs = new List<List<TextRun>>();
        if (heading.Number is { Length: > 0 } number && level == 1)
        {
            // Chapter headings stand on two lines: "CHAPITRE Ier" above "Introduction".
            paragraphs.Add([new TextRun(number, Font(size, bold, italic))]);
            paragraphs.Add([.. Runs(heading.Title, size, bold, italic)]);
        }
        else
        {
            var runs = new List<TextRun>();
            if (heading.Number is { Length: > 0 } n)
            {
                runs.Add(new TextRun(n + " ", Font(size, bold, italic)));
            }

            runs.AddRange(Runs(heading.Title, size, bold, italic));
            paragraphs.Add(runs);
        }

        var first = true;
        _structure = [.. _path, Node(StructureRole.Heading, level)];
        foreach (var runs in paragraphs)
        {
            foreach (var line in Set(runs, _language, _width - _indent, align, hyphenate: false))
            {
                _items.Add(LineBox(line, _indent, leading, size) with
                {
                    KeepWithPrevious = !first || _keepLines > 0,
                    KeepWithNext = true,
                    Anchor = first ? heading.Id : null,
                });
                first = false;
            }
        }

        _keepLines = 2;
        _afterHeading = true;
        return true;
    }

    public bool Visit(Paragraph paragraph)
    {
        switch (paragraph.Style)
        {
            case ParagraphStyle.Label:
                _structure = [.. _path, Node(StructureRole.Paragraph)];
                _items.Add(new FlowSpace(_afterHeading ? _settings.ParagraphSpacing / 2 : _settings.ParagraphSpacing));
                AddLines(Set([.. Runs(paragraph.Content, _settings.BodySize, true, false)], _language, _width - _indent, Alignment.Left, hyphenate: false),
                    _settings.Leading, _settings.BodySize, paragraph.Id, keepWithNext: true);
                _keepLines = 2;
                _afterHeading = true;
                return true;
            case ParagraphStyle.Title:
            case ParagraphStyle.Subtitle:
                var size = paragraph.Style == ParagraphStyle.Title ? 14.0 : 11.0;
                _structure = [.. _path, Node(StructureRole.Paragraph)];
                _items.Add(new FlowSpace(_settings.ParagraphSpacing));
                AddLines(Set([.. Runs(paragraph.Content, size, paragraph.Style == ParagraphStyle.Title, false)], _language, _width - _indent, Alignment.Center, hyphenate: false),
                    size * 1.3, size, paragraph.Id, keepWithNext: false);
                _afterHeading = false;
                return true;
            default:
                BodyParagraph(paragraph);
                return true;
        }
    }

    private void BodyParagraph(Paragraph paragraph)
    {
        var runs = Runs(paragraph.Content, _settings.BodySize, false, false).ToList();
        _structure = [.. _path, Node(StructureRole.Paragraph)];
        var space = _afterHeading ? _settings.ParagraphSpacing / 2 : _settings.ParagraphSpacing;
        if (_marker is not null && _items.Count > 0)
        {
            space = _settings.ParagraphSpacing / 3;
        }

        _items.Add(new FlowSpace(space));
        var lines = Set(runs, _language, _width - _indent, Alignment.Justify, hyphenate: true);
        var start = _items.Count;

        // A paragraph all in bold (a run-in sub-head such as "5. Réseau") stays with what follows, like a label.
        var subHead = _marker is null && paragraph.Content.Count > 0 && paragraph.Content.All(i => i is Strong);
        AddLines(lines, _settings.Leading, _settings.BodySize, paragraph.Id, keepWithNext: subHead);
        if (_marker is not null && _items.Count > start && _items[start] is FlowBox box)
        {
            var font = FontSpec.Regular(_settings.BodySize);
            var marker = new PlacedText(_marker, font, _indent - _settings.ListIndent, BaselineOffset(_settings.Leading, _settings.BodySize), _metrics.MeasureWidth(_marker, font));
            var markerLine = new PlacedLine(marker.X, marker.Baseline, marker.Width, 0, false, [marker]) { Structure = _markerStructure };
            _items[start] = box with { Lines = [markerLine, .. box.Lines] };
            _marker = null;
        }

        _afterHeading = subHead;
        if (subHead)
        {
            _keepLines = 2;
        }
    }

    private void AddLines(IReadOnlyList<TypesetLine> lines, double leading, double size, string? anchor, bool keepWithNext)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            // Orphans and widows: no break after the first line or before the last one.
            var keep = (i == 1) || (i > 0 && i == lines.Count - 1) || (i == 0 && _keepLines > 0);
            if (_keepLines > 0)
            {
                _keepLines--;
            }

            _items.Add(LineBox(lines[i], _indent, leading, size) with
            {
                KeepWithPrevious = keep,
                KeepWithNext = keepWithNext,
                Anchor = i == 0 ? anchor : null,
            });
        }
    }

    public bool Visit(ListBlock list)
    {
        var number = list.Start;
        var indent = list.Ordered ? _settings.ListIndent * 1.5 : _settings.ListIndent;
        var savedIndent = _indent;
        var savedPath = _path;
        var node = Node(StructureRole.List);
        _indent += indent;
        foreach (var item in list.Items)
        {
            var listItem = Node(StructureRole.ListItem);
            _markerStructure = [.. savedPath, node, listItem, Node(StructureRole.ListLabel)];
            _path = [.. savedPath, node, listItem, Node(StructureRole.ListBody)];
            _marker = list.Ordered ? number.ToString(CultureInfo.InvariantCulture) + "." : "\u2013";
            number++;
            foreach (var block in item.Blocks)
            {
                block.Accept(this);
            }

            _marker = null;
        }

        _indent = savedIndent;
        _path = savedPath;
        return true;
    }

    public bool Visit(Documents.Table table)
    {
        _items.Add(new FlowSpace(_settings.ParagraphSpacing));
        var rows = table.Rows.Select(r => r.Cells.Select(c => (IReadOnlyList<(IReadOnlyList<Inline> Content, Language Language, bool Italic)>)[(c.Content, _language, false)]).ToList()).ToList();
        AddTable(table.Columns, rows, table.HeaderRows, _width - _indent, _indent, table.Id, bilingual: false);
        _items.Add(new FlowSpace(_settings.ParagraphSpacing / 2));
        _afterHeading = false;
        return true;
    }

    public bool Visit(SpanningTable table)
    {
        _items.Add(new FlowSpace(_settings.ParagraphSpacing));
        var other = _language == Language.Fr ? Language.Nl : Language.Fr;
        var rows = table.Rows.Select(r => r.Cells.Select(c => c.Shared
            ? (IReadOnlyList<(IReadOnlyList<Inline>, Language, bool)>)[(Pick(c, _language), _language, false)]
            : [(Pick(c, _language), _language, false), (Pick(c, other), other, true)]).ToList()).ToList();
        AddTable(table.Columns, rows, table.HeaderRows, _width - _indent, _indent, table.Id, bilingual: true);
        _afterHeading = false;
        return true;
    }

    private static IReadOnlyList<Inline> Pick(SpanningCell cell, Language language) => language == Language.Fr ? cell.Fr : cell.Nl;

    private void AddTable(
        IReadOnlyList<ColumnAlignment> alignments,
        List<List<IReadOnlyList<(IReadOnlyList<Inline> Content, Language Language, bool Italic)>>> rows,
        int headerRows,
        double width,
        double left,
        string? anchor,
        bool bilingual)
    {
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (columns == 0)
        {
            return;
        }

        var size = _settings.TableFontSize;
        var pad = _settings.CellPadding;
        var natural = new double[columns];
        var minimum = new double[columns];
        for (var r = 0; r < rows.Count; r++)
        {
            var font = r < headerRows ? FontSpec.Bold(size) : FontSpec.Regular(size);
            for (var c = 0; c < rows[r].Count; c++)
            {
                var text = string.Join(' ', rows[r][c].Select(p => InlineText.Of(p.Content)));
                natural[c] = Math.Max(natural[c], _metrics.MeasureWidth(text, font) + (2 * pad) + 1);
                var longest = text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(word => _metrics.MeasureWidth(word, font)).DefaultIfEmpty(0).Max();
                minimum[c] = Math.Max(minimum[c], longest + (2 * pad) + 1);
            }
        }

        var widths = ColumnWidths(natural, minimum, width);
        var header = new List<FlowBox>();
        var first = true;
        var tableNode = Node(StructureRole.Table);
        for (var r = 0; r < rows.Count; r++)
        {
            var isHeader = r < headerRows;
            var rowNode = Node(StructureRole.TableRow);
            var cellLines = new List<(List<PlacedLine> Lines, double Height)>();
            var x = 0.0;
            for (var c = 0; c < columns; c++)
            {
                var lines = new List<PlacedLine>();
                var y = pad;
                var cell = Node(isHeader ? StructureRole.TableHeaderCell : StructureRole.TableCell);
                _structure = [.. _path, tableNode, rowNode, cell];
                if (c < rows[r].Count)
                {
                    var align = (c < alignments.Count ? alignments[c] : ColumnAlignment.Default) switch
                    {
                        ColumnAlignment.Right => Alignment.Right,
                        ColumnAlignment.Center => Alignment.Center,
                        _ => Alignment.Left,
                    };
                    foreach (var (content, language, italic) in rows[r][c])
                    {
                        var runs = Runs(content, size, isHeader, italic).ToList();
                        if (bilingual)
                        {
                            _structure = [.. _path, tableNode, rowNode, cell, Node(StructureRole.Span, language: language)];
                        }

                        foreach (var line in Set(runs, language, Math.Max(1, widths[c] - (2 * pad)), align, hyphenate: true))
                        {
                            lines.Add(Place(line, x + pad, y, _settings.TableLeading, size));
                            y += _settings.TableLeading;
                        }
                    }
                }

                cellLines.Add((lines, y + pad));
                x += widths[c];
            }

            var height = cellLines.Max(c => c.Height);
            var rules = new List<PlacedRule>();
            var cx = 0.0;
            rules.Add(new PlacedRule(0, 0, width, 0, 0.5));
            rules.Add(new PlacedRule(0, height, width, height, 0.5));
            for (var c = 0; c <= columns; c++)
            {
                rules.Add(new PlacedRule(cx, 0, cx, height, 0.5));
                if (c < columns)
                {
                    cx += widths[c];
                }
            }

            var box = new FlowBox(height, [.. cellLines.SelectMany(c => c.Lines).Select(l => l.Offset(left, 0))], [.. rules.Select(rule => rule.Offset(left, 0))])
            {
                KeepWithPrevious = (!first && isHeader) || (r == headerRows && headerRows > 0) || (first && _keepLines > 0),
                Anchor = first ? anchor : null,
                RepeatHeader = isHeader || header.Count == 0 ? null : header,
            };
            if (_keepLines > 0)
            {
                _keepLines--;
            }

            if (isHeader)
            {
                header.Add(box with { KeepWithPrevious = header.Count > 0, Anchor = null });
            }

            _items.Add(box);
            first = false;
        }
    }

    /// <summary>
    /// Column widths: every column gets at least its longest word (when the table can hold them all), and the rest
    /// of the width in proportion to how much more each column's text needs to stand on one line.
    /// </summary>
    private static double[] ColumnWidths(double[] natural, double[] minimum, double width)
    {
        var total = natural.Sum();
        if (total <= width)
        {
            var extra = (width - total) / natural.Length;
            return [.. natural.Select(n => n + extra)];
        }

        var floor = minimum.Sum();
        if (floor >= width)
        {
            return [.. minimum.Select(m => width * m / floor)];
        }

        var wants = natural.Zip(minimum, (n, m) => Math.Max(0, n - m)).ToArray();
        var wanted = wants.Sum();
        return [.. minimum.Select((m, i) => m + ((width - floor) * (wanted > 0 ? wants[i] / wanted : 1.0 / natural.Length)))];
    }

    public bool Visit(FullWidth fullWidth)
    {
        // Tables of a full-width block are set across both columns from the paired unit; the rest stays in the column.
        foreach (var block in fullWidth.Blocks.Where(b => b is not Documents.Table))
        {
            block.Accept(this);
        }

        return true;
    }

    public bool Visit(TitlePage titlePage)
    {
        _items.AddRange(TitlePage(titlePage, _language, _width));
        return true;
    }

    public bool Visit(PageBreak pageBreak)
    {
        _items.Add(new FlowPageBreak());
        return true;
    }

    public bool Visit(TableOfContents contents)
    {
        var numbered = contents.Kind == ContentsKind.Contents;
        var reserve = numbered ? _settings.ContentsNumberWidth : 0;
        var contentsNode = Node(StructureRole.Contents);
        foreach (var entry in contents.Entries)
        {
            var item = Node(StructureRole.ContentsItem);
            var indent = _indent + ((Math.Max(1, entry.Level) - 1) * 10);
            _items.Add(new FlowSpace(entry.Level == 1 ? _settings.ParagraphSpacing : 2));
            var bold = entry.Level == 1;
            var lines = Set([.. Runs(entry.Text, _settings.BodySize, bold, false)], _language, _width - indent - reserve, Alignment.Left, hyphenate: true, hang: 10);
            for (var i = 0; i < lines.Count; i++)
            {
                _structure = [.. _path, contentsNode, item, Node(StructureRole.Link)];
                var box = LineBox(lines[i], indent, _settings.Leading, _settings.BodySize) with { KeepWithPrevious = i > 0, LinkTarget = entry.TargetId };
                if (numbered && i == lines.Count - 1)
                {
                    box = box with { Lines = [.. box.Lines, .. Leader(box.Lines[0], entry.TargetId, _structure)] };
                }

                _items.Add(box);
            }
        }

        _afterHeading = false;
        return true;
    }

    /// <summary>Dot leaders from the end of an entry's last line to its page number, right-aligned in the reserved slot.</summary>
    /// <remarks>The number belongs to the entry's link (<paramref name="link"/>); the dots are drawn for the eye only.</remarks>
    private IEnumerable<PlacedLine> Leader(PlacedLine last, string targetId, IReadOnlyList<StructureNode> link)
    {
        var font = FontSpec.Regular(_settings.BodySize);
        var page = _pageOf(targetId);
        var number = page?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        var numberWidth = _metrics.MeasureWidth(number, font);
        var dot = _metrics.MeasureWidth(". ", font);
        var start = last.X + last.Width + 3;
        var end = _width - numberWidth - 3;
        var count = (int)Math.Floor((end - start) / dot);
        if (count > 0)
        {
            var dots = string.Concat(Enumerable.Repeat(". ", count)).TrimEnd();
            var x = end - (count * dot) + _metrics.MeasureWidth(" ", font);
            yield return new PlacedLine(x, last.Baseline, _metrics.MeasureWidth(dots, font), 0, false, [new PlacedText(dots, font, x, last.Baseline, _metrics.MeasureWidth(dots, font))])
            {
                Structure = [.. link, Node(StructureRole.Artifact)],
            };
        }

        if (number.Length > 0)
        {
            var x = _width - numberWidth;
            yield return new PlacedLine(x, last.Baseline, numberWidth, 0, false, [new PlacedText(number, font, x, last.Baseline, numberWidth)]) { Structure = link };
        }
    }

    private FlowBox LineBox(TypesetLine line, double indent, double leading, double size)
    {
        var placed = Place(line, indent, 0, leading, size);
        var notes = line.Fragments
            .Where(f => Math.Abs(f.Font.Size - _settings.CallSize) < 1e-9)
            .Select(f => int.TryParse(f.Text.Trim('(', ')', ' '), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0)
            .ToList();
        return new FlowBox(leading, [placed], []) { Footnotes = notes };
    }

    private PlacedLine Place(TypesetLine line, double dx, double top, double leading, double size)
    {
        var baseline = top + BaselineOffset(leading, size);
        var texts = line.Fragments.Select(f => new PlacedText(
            f.Text,
            f.Font,
            dx + f.X,
            Math.Abs(f.Font.Size - _settings.CallSize) < 1e-9 ? baseline - _settings.CallRise : baseline,
            f.Width)).ToArray();
        var x = texts.Length == 0 ? dx + line.Break.Slot.Indent : texts[0].X;
        var right = texts.Length == 0 ? x : texts[^1].X + texts[^1].Width;
        return new PlacedLine(x, baseline, right - x, line.Break.Ratio, line.Break.EndsWithHyphen, texts) { Structure = _structure, HyphenAdded = line.Break.HyphenAdded };
    }

    private StructureNode Node(StructureRole role, int level = 0, Language? language = null) => new(role, ++_lastKey, level, language);

    /// <summary>Where the baseline of a line of <paramref name="size"/> sits in a box of <paramref name="leading"/>.</summary>
    public static double BaselineOffset(double leading, double size) => ((leading - size) / 2) + (0.8 * size);

    private IReadOnlyList<TypesetLine> Set(IReadOnlyList<TextRun> runs, Language language, double width, Alignment align, bool hyphenate, double hang = 0)
    {
        if (runs.All(r => string.IsNullOrWhiteSpace(r.Text)))
        {
            return [];
        }

        var ragged = align != Alignment.Justify;
        if (!_typesetters.TryGetValue((language, hyphenate, ragged), out var typesetter))
        {
            // Word spaces of ragged text are given a large stretch for rating only (TeX's ragged right skip): lines
            // are then painted at their natural spacing.
            var parameters = ragged ? new LineBreakParameters { Pretolerance = -1, Tolerance = 10000 } : _settings.LineBreaking;
            var itemOptions = ragged ? new ItemBuilderOptions { SpaceStretch = 8 } : _settings.Words;
            typesetter = new ParagraphTypesetter(_metrics, hyphenate ? _hyphenators(language) : null, parameters, itemOptions);
            _typesetters[(language, hyphenate, ragged)] = typesetter;
        }

        var shape = hang > 0 && width > 2 * hang ? ParagraphShape.Hanging(width, hang) : ParagraphShape.Uniform(Math.Max(width, 10));
        var paragraph = typesetter.Typeset(runs, shape);
        if (paragraph.UsedFallback)
        {
            var text = string.Concat(runs.Select(r => r.Text));
            _warnings.Add($"{language.Code()}: no acceptable line breaks, set greedily: \"{(text.Length > 50 ? text[..50] + "…" : text)}\"");
        }

        var items = paragraph.Breaking.Items;
        var lines = new List<TypesetLine>();
        if (align == Alignment.Justify)
        {
            // A line that would have to stretch its spaces beyond this is left ragged, as TeX leaves an underfull box.
            const double MaxStretch = 2.5;
            lines.AddRange(paragraph.Lines.Select(line => line.Break.Ratio <= MaxStretch
                ? line
                : LineSetter.Set(items, line.Break with { Ratio = 0 }, _metrics)));
            return lines;
        }

        foreach (var line in paragraph.Breaking.Lines)
        {
            var set = LineSetter.Set(items, line with { Ratio = Math.Min(0, line.Ratio) }, _metrics);
            var room = line.Slot.Width - (set.Right - line.Slot.Indent);
            var shift = align switch
            {
                Alignment.Center => Math.Max(0, room / 2),
                Alignment.Right => Math.Max(0, room),
                _ => 0,
            };
            lines.Add(shift == 0 && set.Break.Ratio == line.Ratio ? set : set with
            {
                Break = set.Break with { Ratio = 0 },
                Fragments = [.. set.Fragments.Select(f => f with { X = f.X + shift })],
            });
        }

        return lines;
    }

    private FontSpec Font(double size, bool bold, bool italic) => new(
        (bold, italic) switch
        {
            (true, true) => FontVariant.BoldItalic,
            (true, false) => FontVariant.Bold,
            (false, true) => FontVariant.Italic,
            _ => FontVariant.Regular,
        },
        size);

    private IEnumerable<TextRun> Runs(IReadOnlyList<Inline> inlines, double size, bool bold, bool italic)
    {
        var builder = new RunBuilder(this, size, bold, italic);
        foreach (var inline in inlines)
        {
            inline.Accept(builder);
        }

        return builder.Runs;
    }

    /// <summary>Inline content to text runs: strong → bold, emphasis → italic, a call → a small raised <c>(n)</c>.</summary>
    private sealed class RunBuilder(FlowFormatter owner, double size, bool bold, bool italic) : IInlineVisitor<bool>
    {
        private bool _bold = bold;
        private bool _italic = italic;

        public List<TextRun> Runs { get; } = [];

        public bool Visit(Text text)
        {
            Runs.Add(new TextRun(text.Value, owner.Font(size, _bold, _italic)));
            return true;
        }

        public bool Visit(Strong strong)
        {
            var saved = _bold;
            _bold = true;
            Children(strong.Content);
            _bold = saved;
            return true;
        }

        public bool Visit(Emphasis emphasis)
        {
            var saved = _italic;
            _italic = !_italic;
            Children(emphasis.Content);
            _italic = saved;
            return true;
        }

        public bool Visit(Documents.LineBreak lineBreak)
        {
            Runs.Add(new TextRun("\u2028", owner.Font(size, _bold, _italic)));
            return true;
        }

        public bool Visit(FootnoteReference footnote)
        {
            Runs.Add(new TextRun($"({footnote.Number.ToString(CultureInfo.InvariantCulture)})", owner.Font(owner._settings.CallSize, false, false)));
            return true;
        }

        public bool Visit(Link link)
        {
            Children(link.Content);
            return true;
        }

        private void Children(IReadOnlyList<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                inline.Accept(this);
            }
        }
    }
}
