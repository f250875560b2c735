using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using PolicyGen.Pdf.Layout.Pagination;
using PolicyGen.Tests.Fakes;

namespace PolicyGen.Tests.Pagination;

/// <summary>Builds small paired documents by hand and lays them out on fake metrics (5 pt a character, no hyphenation).</summary>
public static class Docs
{
    public static readonly FixedWidthMetrics Metrics = new(0.5);

    public static LayoutResult LayOut(params PairedDocument[] documents) =>
        new ParallelPager(Metrics, _ => null).Layout(documents, new PaginationOptions { Reference = "A-453/2 - 2021/2022", FirstPageNumber = 7 });

    public static Paragraph P(string text) => new([new Text(text)]);

    public static Paragraph Label(string text) => new([new Text(text)], ParagraphStyle.Label);

    public static Heading H(int level, string id, string title, string? number = null) => new(level, number, [new Text(title)]) { Id = id };

    /// <summary>Paragraph <paramref name="n"/> of <paramref name="words"/> words, each word naming its paragraph (<c>p3w0 p3w1 …</c>).</summary>
    public static Paragraph Numbered(int n, int words) =>
        P(string.Join(' ', Enumerable.Range(0, words).Select(w => $"p{n}w{w}")));

    public sealed record UnitSpec(string Id, UnitKind Kind, IReadOnlyList<Block> Fr, IReadOnlyList<Block> Nl)
    {
        public IReadOnlyList<Block> Spanning { get; init; } = [];
    }

    public static UnitSpec Unit(string id, IReadOnlyList<Block> fr, IReadOnlyList<Block> nl, UnitKind kind = UnitKind.Heading) => new(id, kind, fr, nl);

    public static PairedDocument Paired(
        string name, IReadOnlyList<UnitSpec> units, IReadOnlyList<Footnote>? frNotes = null, IReadOnlyList<Footnote>? nlNotes = null, IReadOnlyList<Language>? columns = null)
    {
        var french = new Document(name, Language.Fr, name + ".fr.md", [.. units.SelectMany(u => u.Fr)], frNotes ?? []);
        var dutch = new Document(name, Language.Nl, name + ".nl.md", [.. units.SelectMany(u => u.Nl)], nlNotes ?? []);
        return new PairedDocument(
            name,
            columns ?? [Language.Fr, Language.Nl],
            [.. units.Select(u => new PairedUnit(u.Id, u.Kind, u.Fr, u.Nl, u.Spanning, SourceLocation.None))],
            french,
            dutch);
    }

    /// <summary>The lines of a column region of a page (empty when none).</summary>
    public static IReadOnlyList<PlacedLine> Lines(LayoutPage page, RegionKind kind, int column) =>
        page.Regions.FirstOrDefault(r => r.Kind == kind && r.Column == column)?.Lines ?? [];

    /// <summary>A random document: headings (level 1–3), labels and paragraphs of random lengths, different per language.</summary>
    public static PairedDocument Random(int seed, int units = 40)
    {
        var random = new Random(seed);
        var specs = new List<UnitSpec>();
        var paragraph = 0;
        for (var u = 0; u < units; u++)
        {
            var level = 1 + random.Next(3);
            var fr = new List<Block> { H(level, $"u{u}", $"Titre {u} " + new string('x', random.Next(30)), level == 1 ? "CHAPITRE " + u : null) };
            var nl = new List<Block> { H(level, $"u{u}", $"Titel {u} " + new string('y', random.Next(30)), level == 1 ? "HOOFDSTUK " + u : null) };
            var blocks = u == units - 1 ? 1 + random.Next(3) : random.Next(4);
            for (var b = 0; b < blocks; b++)
            {
                if (random.Next(4) == 0)
                {
                    fr.Add(Label("Statut"));
                    nl.Add(Label("Status"));
                }

                fr.Add(Numbered(paragraph, 1 + random.Next(80)));
                paragraph++;
                nl.Add(Numbered(paragraph, 1 + random.Next(80)));
                paragraph++;
            }

            specs.Add(Unit($"u{u}", fr, nl));
        }

        return Paired("note" + seed.ToString(System.Globalization.CultureInfo.InvariantCulture), specs);
    }
}
