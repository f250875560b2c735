using System.Globalization;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using PolicyGen.Pdf.Hyphenation;

namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>
/// Lays out paired documents on A-453 pages: two column flows (one language each) that meet at every unit of the
/// paired document, where both start at the same height (the lower of the two column ends); between sync points
/// each column breaks pages on its own. Keeps headings with two lines of what follows in both columns, avoids widows
/// and orphans, repeats table headers, puts footnotes at the foot of the calling column, starts every document on a
/// new page and numbers pages continuously. PDF-agnostic: it measures through <see cref="IFontMetrics"/> only.
/// </summary>
public sealed class ParallelPager
{
    private const double Epsilon = 0.01;
    private const double FootnoteSeparator = 9;
    private const int Spanning = 2;

    private readonly IFontMetrics _metrics;
    private readonly Func<Language, IHyphenator?> _hyphenators;

    /// <param name="metrics">The font metrics (the same the painter draws with).</param>
    /// <param name="hyphenators">The hyphenator of each language; by default <see cref="Hyphenators.For"/>.</param>
    public ParallelPager(IFontMetrics metrics, Func<Language, IHyphenator?>? hyphenators = null)
    {
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _hyphenators = hyphenators ?? (language => Hyphenators.For(language));
    }

    /// <summary>Lays out <paramref name="documents"/> in order, each from a new page.</summary>
    public LayoutResult Layout(IReadOnlyList<PairedDocument> documents, PaginationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new PaginationOptions();
        var settings = options.Page;
        var flows = documents.Select(d => DocumentFlows.Start(d, Formatter(settings, static (_, _) => null, d))).ToList();
        if (!DocumentFlows.AnyContents(documents))
        {
            return new Run(options, flows, documents, _metrics, anchorsOnly: false, options.PagesLaidOut).Execute();
        }

        // Page numbers in a table of contents sit in a reserved slot, so the second pass breaks exactly as the first:
        // the first pass only finds the pages of the anchors, the second formats the tables of contents again with
        // them and reuses every other list of the first.
        var first = new Run(options, flows, documents, _metrics, anchorsOnly: true, options.PagesLaidOut).Execute();
        int? PageOf(string document, string id) => first.AnchorPages.TryGetValue((document, id), out var page) ? page : null;
        var second = documents.Select((d, i) => flows[i].WithContents(Formatter(settings, PageOf, d))).ToList();
        return new Run(options, second, documents, _metrics, anchorsOnly: false, progress: null).Execute();
    }

    private Func<List<string>, int, FlowFormatter> Formatter(PageSettings settings, Func<string, string, int?> pageOf, PairedDocument document) =>
        (warnings, piece) => new FlowFormatter(settings, _metrics, _hyphenators, id => pageOf(document.Name, id), warnings, piece);

    private sealed record Placement(int Serial, int Index, FlowBox Box, double Top);

    private sealed class ColumnPage
    {
        public List<Placement> Placed { get; } = [];
    }

    private sealed class Run(PaginationOptions options, IReadOnlyList<DocumentFlows> flows, IReadOnlyList<PairedDocument> documents, IFontMetrics metrics, bool anchorsOnly, Action<int>? progress)
    {
        private readonly PageSettings _settings = options.Page;
        private readonly List<LayoutPage> _pages = [];
        private readonly List<string> _documentOfPage = [];
        private readonly List<(IReadOnlyList<Language> Languages, Dictionary<int, List<FlowBox>>[] Notes)> _pageData = [];
        private readonly Dictionary<(int Page, int Target), ColumnPage> _columns = [];
        private readonly List<string> _warnings = [];
        private readonly Dictionary<(string, string), int> _anchors = [];
        private readonly (int Page, double Y)[] _cursor = new (int, double)[3];
        private Dictionary<int, List<FlowBox>>[] _footnotes = [[], []];
        private IReadOnlyList<Language> _languages = [Language.Fr, Language.Nl];
        private string _document = string.Empty;
        private int _serial;

        public LayoutResult Execute()
        {
            for (var d = 0; d < documents.Count; d++)
            {
                Document(documents[d], flows[d]);
            }

            return Finish();
        }

        private void Document(PairedDocument document, DocumentFlows prepared)
        {
            _document = document.Name;
            _languages = prepared.Languages;
            var formatter = prepared.Formatter(_warnings);
            var footnotes = prepared.Footnotes();
            _warnings.AddRange(footnotes.Warnings);
            _footnotes = footnotes.Value;

            // Each document starts on a new page.
            var start = _pages.Count == 0 || Used(_pages.Count - 1) ? NewPage() : _pages.Count - 1;
            _documentOfPage[start] = document.Name;
            _pageData[start] = (_languages, _footnotes);
            for (var t = 0; t < 3; t++)
            {
                _cursor[t] = (start, _settings.BodyTop);
            }

            // Units are placed as soon as they are formatted; the warnings of formatting still come before those of
            // placing, as when a document was formatted before it was placed.
            var formatting = new List<string>();
            var mark = _warnings.Count;
            var units = document.Units;
            var flows = prepared.Units(formatting);

            for (var u = 0; u < units.Count; u++)
            {
                var unit = units[u];
                switch (unit.Kind)
                {
                    case UnitKind.TitlePage:
                        TitlePage(flows[u]);
                        break;
                    case UnitKind.PageBreak:
                        Sync();
                        BreakPageIfUsed();
                        PlaceUnit(flows[u], flows, u);
                        break;
                    case UnitKind.FullWidth:
                        Sync();
                        var heads = Enumerable.Range(0, 2)
                            .Select(c => formatter.Format(unit.Of(_languages[c]).Take(1), _languages[c], _settings.ColumnWidth)).ToArray();
                        PlaceUnit(heads, flows, u);
                        Sync();
                        var span = formatter.Format(unit.Spanning, _languages[0], _settings.SpanWidth);
                        PlaceFlow(Spanning, span);
                        for (var c = 0; c < 2; c++)
                        {
                            _cursor[c] = _cursor[Spanning];
                        }

                        PlaceUnit(flows[u], flows, u);
                        break;
                    default:
                        PlaceUnit(flows[u], flows, u);
                        break;
                }
            }

            _warnings.InsertRange(mark, formatting);
        }

        private void TitlePage(List<FlowItem>[] flows)
        {
            Sync();
            BreakPageIfUsed();
            var page = _cursor[0].Page;
            _pages[page].IsTitlePage = true;
            for (var c = 0; c < 2; c++)
            {
                _cursor[c] = (page, _settings.BodyTop + 150);
                PlaceFlow(c, flows[c]);
            }

            var next = NewPage();
            for (var t = 0; t < 3; t++)
            {
                _cursor[t] = (next, _settings.BodyTop);
            }
        }

        private void BreakPageIfUsed()
        {
            var page = _cursor[0].Page;
            if (Used(page))
            {
                var next = page + 1 < _pages.Count ? page + 1 : NewPage();
                for (var t = 0; t < 3; t++)
                {
                    _cursor[t] = (next, _settings.BodyTop);
                }
            }
        }

        private bool Used(int page) =>
            _pages[page].IsTitlePage || _columns.Any(kv => kv.Key.Page == page && kv.Value.Placed.Count > 0);

        /// <summary>Moves every cursor to the later of the two column ends.</summary>
        private void Sync()
        {
            var later = _cursor[0].CompareTo(_cursor[1]) >= 0 ? _cursor[0] : _cursor[1];
            for (var t = 0; t < 3; t++)
            {
                _cursor[t] = later;
            }
        }

        private void PlaceUnit(List<FlowItem>[] unit, IReadOnlyList<List<FlowItem>[]> all, int index)
        {
            Sync();
            // The unit's leading space is the larger of the two, so that both columns start on the same baseline.
            var items = new IReadOnlyList<FlowItem>[2];
            var space = 0.0;
            for (var c = 0; c < 2; c++)
            {
                var lead = 0;
                while (lead < unit[c].Count && unit[c][lead] is FlowSpace s)
                {
                    space = Math.Max(space, s.Height);
                    lead++;
                }

                items[c] = new ListTail<FlowItem>(unit[c], lead);
            }

            if (items[0].Count == 0 && items[1].Count == 0)
            {
                return;
            }

            var (page, y) = _cursor[0];
            var atTop = y <= _settings.BodyTop + Epsilon;
            var top = atTop ? y : y + space;

            // A heading keeps at least two lines of what follows, in both columns: if either chain does not fit, both
            // columns start the unit on the next page.
            if (!atTop)
            {
                for (var c = 0; c < 2; c++)
                {
                    var notes = new List<int>();
                    var need = Chain(items[c], all, index, c, 0, notes);
                    if (top + need > Bottom(page, c, notes) + Epsilon)
                    {
                        var next = page + 1 < _pages.Count ? page + 1 : NewPage();
                        top = _settings.BodyTop;
                        page = next;
                        break;
                    }
                }
            }

            for (var c = 0; c < 2; c++)
            {
                _cursor[c] = (page, top);
                PlaceFlow(c, items[c]);
            }
        }

        /// <summary>The height of the unbreakable start of a flow, continued into the next units after a heading.</summary>
        private double Chain(IReadOnlyList<FlowItem> items, IReadOnlyList<List<FlowItem>[]> all, int index, int column, int depth, List<int> notes)
        {
            var height = 0.0;
            var started = false;
            var keepNext = true;
            var linesAfterHeading = 2;
            foreach (var item in items)
            {
                switch (item)
                {
                    case FlowSpace s when started:
                        height += s.Height;
                        break;
                    case FlowPageBreak:
                        return height;
                    case FlowBox box:
                        if (started && !box.KeepWithPrevious)
                        {
                            return height;
                        }

                        height += box.Height;
                        notes.AddRange(box.Footnotes);
                        started = true;
                        keepNext = box.KeepWithNext;
                        linesAfterHeading = box.KeepWithNext ? 0 : linesAfterHeading + 1;
                        break;
                    default:
                        break;
                }
            }

            // A heading followed by fewer than two lines before the next unit keeps the next unit's start too.
            if ((keepNext || linesAfterHeading < 2) && depth < 50 && index + 1 < all.Count)
            {
                var next = all[index + 1][column];
                var lead = next.TakeWhile(i => i is FlowSpace).OfType<FlowSpace>().Sum(s => s.Height);
                if (next.OfType<FlowBox>().Any())
                {
                    height += lead + Chain(next, all, index + 1, column, depth + 1, notes);
                }
            }

            return height;
        }

        private ColumnPage State(int page, int target)
        {
            if (!_columns.TryGetValue((page, target), out var state))
            {
                state = new ColumnPage();
                _columns[(page, target)] = state;
            }

            return state;
        }

        private double FootHeight(int page, int column, IReadOnlyList<int> extra)
        {
            if (column == Spanning)
            {
                return Math.Max(FootHeight(page, 0, extra), FootHeight(page, 1, extra));
            }

            var numbers = State(page, column).Placed.SelectMany(p => p.Box.Footnotes).Concat(extra).Distinct().ToList();
            if (numbers.Count == 0)
            {
                return 0;
            }

            var notes = _pageData[page].Notes[column];
            return FootnoteSeparator + numbers.Sum(n => notes.TryGetValue(n, out var boxes) ? boxes.Sum(b => b.Height) : 0);
        }

        private double Bottom(int page, int target, IReadOnlyList<int> extra) =>
            _settings.BodyBottom - FootHeight(page, target, extra);

        /// <summary>Places a flow in a column (or across both), breaking pages where the keep rules allow.</summary>
        private void PlaceFlow(int target, IReadOnlyList<FlowItem> items)
        {
            var serial = ++_serial;
            var pageStart = 0;
            var i = 0;
            while (i < items.Count)
            {
                var (page, y) = _cursor[target];
                var state = State(page, target);
                var atTop = y <= _settings.BodyTop + Epsilon;
                switch (items[i])
                {
                    case FlowSpace space:
                        if (!atTop)
                        {
                            _cursor[target] = (page, y + space.Height);
                        }

                        i++;
                        break;
                    case FlowPageBreak:
                        if (state.Placed.Count > 0)
                        {
                            NextPage(target);
                        }

                        pageStart = ++i;
                        break;
                    case FlowBox box:
                        var bottom = Bottom(page, target, box.Footnotes);
                        var onlyHeader = state.Placed.Count > 0 && state.Placed.All(pl => pl.Serial == serial && pl.Index < 0);
                        if (y + box.Height <= bottom + Epsilon || atTop || onlyHeader)
                        {
                            if (y + box.Height > bottom + Epsilon)
                            {
                                _warnings.Add($"{_document}: a box {box.Height.ToString("0.##", CultureInfo.InvariantCulture)} pt high overflows page {(_pages.Count > page ? (options.FirstPageNumber + page).ToString(CultureInfo.InvariantCulture) : "?")}");
                            }

                            state.Placed.Add(new Placement(serial, i, box, y));
                            _cursor[target] = (page, y + box.Height);
                            i++;
                            break;
                        }

                        var j = FindBreak(items, pageStart, i, state, serial);
                        state.Placed.RemoveAll(p => p.Serial == serial && p.Index >= j);
                        NextPage(target);
                        pageStart = j;
                        i = j;
                        RepeatHeader(target, items, j, serial);
                        break;
                    default:
                        i++;
                        break;
                }
            }
        }

        /// <summary>The latest index at or before <paramref name="i"/> before which the page may break.</summary>
        private static int FindBreak(IReadOnlyList<FlowItem> items, int pageStart, int i, ColumnPage state, int serial)
        {
            for (var j = i; j >= pageStart; j--)
            {
                var next = FirstBox(items, j);
                if (next is null || next.KeepWithPrevious)
                {
                    continue;
                }

                var placedBefore = state.Placed.Any(p => p.Serial == serial && p.Index < j && p.Index >= pageStart);
                var earlierContent = state.Placed.Any(p => p.Serial != serial);
                if (placedBefore || (j == pageStart && earlierContent))
                {
                    return j;
                }
            }

            // No allowed break: break right here (progress first).
            return i;
        }

        /// <summary>The first box at or after index <paramref name="from"/>, if any.</summary>
        private static FlowBox? FirstBox(IReadOnlyList<FlowItem> items, int from)
        {
            for (var k = from; k < items.Count; k++)
            {
                if (items[k] is FlowBox box)
                {
                    return box;
                }
            }

            return null;
        }

        private void RepeatHeader(int target, IReadOnlyList<FlowItem> items, int j, int serial)
        {
            var next = FirstBox(items, j);
            if (next?.RepeatHeader is not { Count: > 0 } header)
            {
                return;
            }

            var (page, y) = _cursor[target];
            var state = State(page, target);
            foreach (var box in header)
            {
                state.Placed.Add(new Placement(serial, -1, box, y));
                y += box.Height;
            }

            _cursor[target] = (page, y);
        }

        private void NextPage(int target)
        {
            var page = _cursor[target].Page + 1;
            while (page < _pages.Count && _pages[page].IsTitlePage)
            {
                page++;
            }

            if (page >= _pages.Count)
            {
                page = NewPage();
            }

            _cursor[target] = (page, _settings.BodyTop);
        }

        private int NewPage()
        {
            _pages.Add(new LayoutPage(options.FirstPageNumber + _pages.Count, _document));
            _documentOfPage.Add(_document);
            _pageData.Add((_languages, _footnotes));
            progress?.Invoke(_pages.Count);
            return _pages.Count - 1;
        }

        private LayoutResult Finish()
        {
            if (anchorsOnly)
            {
                return AnchorsOnly();
            }

            var result = new List<LayoutPage>();
            for (var p = 0; p < _pages.Count; p++)
            {
                var source = _pages[p];
                var page = new LayoutPage(source.Number, _documentOfPage[p]) { IsTitlePage = source.IsTitlePage };
                if (!page.IsTitlePage)
                {
                    Header(page);
                }

                for (var c = 0; c < 2; c++)
                {
                    Column(page, p, c, _pageData[p].Languages[c]);
                    Footnotes(page, p, c, _pageData[p].Languages[c]);
                }

                Column(page, p, Spanning, null);
                result.Add(page);
            }

            return new LayoutResult(result, _anchors, _warnings);
        }

        /// <summary>The pages of the anchors, without making the pages: all a first pass for a table of contents needs.</summary>
        private LayoutResult AnchorsOnly()
        {
            for (var p = 0; p < _pages.Count; p++)
            {
                for (var c = 0; c < 2; c++)
                {
                    if (_columns.TryGetValue((p, c), out var state))
                    {
                        foreach (var placement in state.Placed)
                        {
                            if (placement.Box.Anchor is { } id)
                            {
                                Anchor(_documentOfPage[p], id, _pages[p].Number);
                            }
                        }
                    }
                }
            }

            return new LayoutResult([], _anchors, _warnings);
        }

        /// <summary>Records that <paramref name="id"/> starts on page <paramref name="number"/> (the first page, if on several).</summary>
        private void Anchor(string document, string id, int number)
        {
            if (!_anchors.TryGetValue((document, id), out var known) || known > number)
            {
                _anchors[(document, id)] = number;
            }
        }

        private void Header(LayoutPage page)
        {
            var region = page.Region(RegionKind.Header, null, -1);
            var font = FontSpec.Regular(_settings.HeaderSize);
            var baseline = _settings.HeaderBaseline;
            if (options.Reference.Length > 0)
            {
                var width = metrics.MeasureWidth(options.Reference, font);
                var left = _settings.ColumnLeft(0);
                var right = _settings.ColumnLeft(1) + _settings.ColumnWidth - width;
                region.Lines.Add(Single(options.Reference, font, left, baseline, width));
                region.Lines.Add(Single(options.Reference, font, right, baseline, width));
            }

            var number = $"\u2014 {page.Number.ToString(CultureInfo.InvariantCulture)} \u2014";
            var numberWidth = metrics.MeasureWidth(number, font);
            region.Lines.Insert(Math.Min(1, region.Lines.Count), Single(number, font, (_settings.PageWidth - numberWidth) / 2, baseline, numberWidth));
        }

        private static PlacedLine Single(string text, FontSpec font, double x, double baseline, double width) =>
            new(x, baseline, width, 0, false, [new PlacedText(text, font, x, baseline, width)]);

        private void Column(LayoutPage page, int p, int target, Language? language)
        {
            if (!_columns.TryGetValue((p, target), out var state) || state.Placed.Count == 0)
            {
                return;
            }

            var left = target == Spanning ? _settings.LeftMargin : _settings.ColumnLeft(target);
            var region = page.Region(target == Spanning ? RegionKind.Spanning : RegionKind.Column, language, target == Spanning ? -1 : target);
            foreach (var placement in state.Placed.OrderBy(pl => pl.Top))
            {
                region.Lines.AddRange(placement.Box.Lines.Select(l => l.Offset(left, placement.Top)));
                region.Rules.AddRange(placement.Box.Rules.Select(r => r.Offset(left, placement.Top)));
                if (placement.Box.LinkTarget is { } linkTarget && placement.Box.Lines.Count > 0)
                {
                    var x = placement.Box.Lines.Min(l => l.X);
                    var right = placement.Box.Lines.Max(l => l.X + l.Width);
                    page.Links.Add(new PlacedLink(left + x, placement.Top, right - x, placement.Box.Height, linkTarget));
                }

                if (placement.Box.Anchor is { } id && language is { } lang)
                {
                    page.Anchors.Add((id, lang, placement.Top));
                    Anchor(page.Document, id, page.Number);
                }
            }
        }

        private void Footnotes(LayoutPage page, int p, int column, Language language)
        {
            if (!_columns.TryGetValue((p, column), out var state))
            {
                return;
            }

            var numbers = state.Placed.OrderBy(pl => pl.Top).SelectMany(pl => pl.Box.Footnotes).Distinct().ToList();
            if (numbers.Count == 0)
            {
                return;
            }

            var height = FootHeight(p, column, []) - FootnoteSeparator;
            var left = _settings.ColumnLeft(column);
            var y = _settings.BodyBottom - height;
            var region = page.Region(RegionKind.Footnotes, language, column);
            region.Rules.Add(new PlacedRule(left, y - 5, left + 60, y - 5, 0.5));
            foreach (var n in numbers)
            {
                if (!_pageData[p].Notes[column].TryGetValue(n, out var boxes))
                {
                    continue;
                }

                foreach (var box in boxes)
                {
                    region.Lines.AddRange(box.Lines.Select(l => l.Offset(left, y)));
                    y += box.Height;
                }
            }
        }
    }
}
