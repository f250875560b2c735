using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;

namespace PolicyGen.Pdf.Layout.Pagination;

/// <summary>
/// The column lists of one document (its footnotes and each unit in both languages), formatted ahead of placement. A
/// unit's lists depend on nothing but the unit (and, for a table of contents, on the pages of its entries), so every
/// piece is formatted as a task on the thread pool while the pager places the pieces that are ready, in order. Each
/// piece has its own formatter and warnings, which the pager adds in the order a one-thread run would have made them:
/// the result does not depend on the number of cores.
/// </summary>
internal sealed class DocumentFlows
{
    private readonly PairedDocument _document;
    private readonly Func<List<string>, int, FlowFormatter> _formatter;
    private readonly Task<Formatted<Dictionary<int, List<FlowBox>>[]>> _footnotes;
    private readonly Task<Formatted<List<FlowItem>[]>>[] _units;

    private DocumentFlows(
        PairedDocument document,
        IReadOnlyList<Language> languages,
        Func<List<string>, int, FlowFormatter> formatter,
        Task<Formatted<Dictionary<int, List<FlowBox>>[]>> footnotes,
        Task<Formatted<List<FlowItem>[]>>[] units)
    {
        _document = document;
        Languages = languages;
        _formatter = formatter;
        _footnotes = footnotes;
        _units = units;
    }

    /// <summary>The languages of the left and right columns.</summary>
    public IReadOnlyList<Language> Languages { get; }

    /// <summary>
    /// Starts formatting <paramref name="document"/>; <paramref name="formatter"/> makes a formatter that adds its
    /// warnings to the given list, for the given piece (one per piece: formatters are not shared between threads, and
    /// each numbers its structure elements from its piece's own base). Pieces: 0 the footnotes, 1 + u unit u, then
    /// what is formatted during placement.
    /// </summary>
    public static DocumentFlows Start(PairedDocument document, Func<List<string>, int, FlowFormatter> formatter)
    {
        IReadOnlyList<Language> languages = document.Columns.Count == 2 ? document.Columns : [Language.Fr, Language.Nl];
        var footnotes = Task.Run(() => Format(formatter, 0, f => Footnotes(f, document, languages)));
        var units = new Task<Formatted<List<FlowItem>[]>>[document.Units.Count];
        for (var u = 0; u < units.Length; u++)
        {
            var unit = document.Units[u];
            var piece = u + 1;
            units[u] = Task.Run(() => Format(formatter, piece, f => Unit(f, unit, languages)));
        }

        return new DocumentFlows(document, languages, formatter, footnotes, units);
    }

    /// <summary>
    /// The same flows with the units that hold a table of contents formatted again by <paramref name="formatter"/>
    /// (which knows the pages of the entries); every other piece is reused as it is.
    /// </summary>
    public DocumentFlows WithContents(Func<List<string>, int, FlowFormatter> formatter)
    {
        var units = new Task<Formatted<List<FlowItem>[]>>[_units.Length];
        for (var u = 0; u < units.Length; u++)
        {
            var unit = _document.Units[u];
            var piece = u + 1;
            units[u] = HasContents(unit)
                ? Task.Run(() => Format(formatter, piece, f => Unit(f, unit, Languages)))
                : _units[u];
        }

        return new DocumentFlows(_document, Languages, formatter, _footnotes, units);
    }

    /// <summary>Whether any of the documents has a numbered table of contents (which needs the pages of a first layout).</summary>
    public static bool AnyContents(IEnumerable<PairedDocument> documents) =>
        documents.Any(d => d.Units.Any(u => u.Fr.Concat(u.Nl).OfType<TableOfContents>().Any(c => c.Kind == ContentsKind.Contents)));

    /// <summary>A formatter for what is formatted during placement (headings of full-width units, spanning tables).</summary>
    public FlowFormatter Formatter(List<string> warnings) => _formatter(warnings, _units.Length + 1);

    /// <summary>The footnotes of each column, by number (waits until they are formatted).</summary>
    public Formatted<Dictionary<int, List<FlowBox>>[]> Footnotes() => _footnotes.GetAwaiter().GetResult();

    /// <summary>
    /// The lists of the units (left and right column), each waited for when first read; the warnings of their
    /// formatting go to <paramref name="warnings"/> in the order of the units.
    /// </summary>
    public IReadOnlyList<List<FlowItem>[]> Units(List<string> warnings) => new ReadyUnits(_units, warnings);

    private static Formatted<T> Format<T>(Func<List<string>, int, FlowFormatter> formatter, int piece, Func<FlowFormatter, T> format)
    {
        var warnings = new List<string>();
        var value = format(formatter(warnings, piece));
        return new Formatted<T>(value, warnings);
    }

    private static Dictionary<int, List<FlowBox>>[] Footnotes(FlowFormatter formatter, PairedDocument document, IReadOnlyList<Language> languages) =>
        [.. languages.Select(language => document.Footnotes(language)
            .ToDictionary(f => f.Number, f => formatter.Footnote(f, language, formatter.ColumnWidth)))];

    private static List<FlowItem>[] Unit(FlowFormatter formatter, PairedUnit unit, IReadOnlyList<Language> languages)
    {
        var flows = new List<FlowItem>[2];
        for (var c = 0; c < 2; c++)
        {
            var language = languages[c];
            flows[c] = unit.Kind switch
            {
                UnitKind.TitlePage => formatter.TitlePage(unit.Of(language).OfType<TitlePage>().FirstOrDefault() ?? new TitlePage([]), language, formatter.ColumnWidth),
                UnitKind.FullWidth => formatter.Format(unit.Of(language).Skip(1), language, formatter.ColumnWidth),
                _ => formatter.Format(unit.Of(language), language, formatter.ColumnWidth),
            };
        }

        return flows;
    }

    private static bool HasContents(PairedUnit unit) =>
        BlockWalker.All(unit.Fr.Concat(unit.Nl).Concat(unit.Spanning)).Any(b => b is TableOfContents);
}

/// <summary>The units of a document as they become ready: reading one waits for it and for those before it.</summary>
internal sealed class ReadyUnits(Task<Formatted<List<FlowItem>[]>>[] units, List<string> warnings) : IReadOnlyList<List<FlowItem>[]>
{
    private readonly List<List<FlowItem>[]> _ready = [];

    public int Count => units.Length;

    public List<FlowItem>[] this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, units.Length);
            while (_ready.Count <= index)
            {
                var unit = units[_ready.Count].GetAwaiter().GetResult();
                warnings.AddRange(unit.Warnings);
                _ready.Add(unit.Value);
            }

            return _ready[index];
        }
    }

    public IEnumerator<List<FlowItem>[]> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A formatted piece and the warnings its formatting gave.</summary>
internal sealed record Formatted<T>(T Value, IReadOnlyList<string> Warnings);
