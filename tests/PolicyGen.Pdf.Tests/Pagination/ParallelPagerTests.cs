using System.Globalization;
using System.Text.RegularExpressions;
using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using PolicyGen.Pdf.Layout.Pagination;
using static PolicyGen.Tests.Pagination.Docs;

namespace PolicyGen.Tests.Pagination;

public partial class ParallelPagerTests
{
    private static readonly int[] Seeds = [.. Enumerable.Range(1, 25)];

    [Fact]
    public void Both_columns_start_every_unit_on_the_same_baseline()
    {
        foreach (var seed in Seeds)
        {
            var layout = LayOut(Random(seed));
            var anchors = layout.Pages.SelectMany(p => p.Anchors.Select(a => (Page: p.Number, a.Id, a.Language, a.Y))).ToList();
            foreach (var group in anchors.GroupBy(a => a.Id))
            {
                var fr = Assert.Single(group, a => a.Language == Language.Fr);
                var nl = Assert.Single(group, a => a.Language == Language.Nl);
                Assert.True(fr.Page == nl.Page && Math.Abs(fr.Y - nl.Y) <= 0.5,
                    $"seed {seed}: unit {group.Key} starts at page {fr.Page} y {fr.Y} (fr) and page {nl.Page} y {nl.Y} (nl)");
            }

            Assert.Equal(40, anchors.Select(a => a.Id).Distinct().Count());
        }
    }

    [Fact]
    public void No_column_ends_with_a_heading()
    {
        foreach (var seed in Seeds)
        {
            var layout = LayOut(Random(seed));
            foreach (var page in layout.Pages)
            {
                for (var c = 0; c < 2; c++)
                {
                    var lines = Lines(page, RegionKind.Column, c);
                    if (lines.Count == 0)
                    {
                        continue;
                    }

                    // Headings and labels are the only bold lines of these documents.
                    Assert.False(lines[^1].Texts.All(t => t.Font.IsBold),
                        $"seed {seed}: page {page.Number} column {c} ends with \"{lines[^1].Text}\"");
                }
            }
        }
    }

    [Fact]
    public void A_heading_keeps_two_lines_of_what_follows()
    {
        foreach (var seed in Seeds)
        {
            var layout = LayOut(Random(seed));
            foreach (var page in layout.Pages)
            {
                for (var c = 0; c < 2; c++)
                {
                    var lines = Lines(page, RegionKind.Column, c);
                    var lastHeading = lines.Select((l, i) => (l, i)).LastOrDefault(x => x.l.Texts.All(t => t.Font.IsBold) && x.l.Texts.Count > 0);
                    if (lastHeading.l is not null)
                    {
                        // Fewer than two lines are fine only when that is all that follows before the next heading.
                        var after = lines.Count - 1 - lastHeading.i;
                        var next = layout.Pages.SkipWhile(p => p != page).Skip(1).Select(p => Lines(p, RegionKind.Column, c)).FirstOrDefault(l => l.Count > 0);
                        var nextStartsWithHeading = next is null || next[0].Texts.All(t => t.Font.IsBold);
                        Assert.True(after >= 2 || (after >= 1 && nextStartsWithHeading), $"seed {seed}: page {page.Number} column {c}: only {after} line(s) after \"{lastHeading.l.Text}\"");
                    }
                }
            }
        }
    }

    [Fact]
    public void No_widows_or_orphans()
    {
        foreach (var seed in Seeds)
        {
            var layout = LayOut(Random(seed));
            var total = new Dictionary<int, int>();
            var perPage = new Dictionary<(int Paragraph, int Page), int>();
            foreach (var page in layout.Pages)
            {
                for (var c = 0; c < 2; c++)
                {
                    foreach (var line in Lines(page, RegionKind.Column, c))
                    {
                        var match = WordPattern().Match(line.Text);
                        if (!match.Success)
                        {
                            continue;
                        }

                        var n = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                        total[n] = total.GetValueOrDefault(n) + 1;
                        perPage[(n, page.Number)] = perPage.GetValueOrDefault((n, page.Number)) + 1;
                    }
                }
            }

            foreach (var ((n, pageNumber), count) in perPage)
            {
                if (total[n] > 1 && perPage.Keys.Count(k => k.Paragraph == n) > 1)
                {
                    Assert.True(count >= 2, $"seed {seed}: paragraph {n} ({total[n]} lines) has {count} line alone on page {pageNumber}");
                }
            }

            Assert.Contains(perPage.Keys.GroupBy(k => k.Paragraph), g => g.Count() > 1);
        }
    }

    [Fact]
    public void Pages_are_numbered_continuously_with_a_running_header()
    {
        var layout = LayOut(Random(3), Random(4));
        Assert.Equal(Enumerable.Range(7, layout.Pages.Count), layout.Pages.Select(p => p.Number));
        foreach (var page in layout.Pages)
        {
            var header = Lines(page, RegionKind.Header, -1).Select(l => l.Text).ToList();
            Assert.Equal(["A-453/2 - 2021/2022", $"\u2014 {page.Number} \u2014", "A-453/2 - 2021/2022"], header);
            var number = Lines(page, RegionKind.Header, -1)[1];
            Assert.Equal(PageSettings.Default.PageWidth / 2, number.X + (number.Width / 2), 3);
        }
    }

    [Fact]
    public void Each_note_starts_on_a_new_page()
    {
        var first = Paired("first", [Unit("a", [H(1, "a", "Un"), P("court")], [H(1, "a", "Een"), P("kort")])]);
        var second = Paired("second", [Unit("b", [H(1, "b", "Deux"), P("court")], [H(1, "b", "Twee"), P("kort")])]);
        var layout = LayOut(first, second);
        Assert.Equal(2, layout.Pages.Count);
        Assert.Equal(["first", "second"], layout.Pages.Select(p => p.Document));
        Assert.Equal(8, layout.AnchorPages[("second", "b")]);
    }

    [Fact]
    public void Title_pages_have_no_header_and_the_text_starts_on_the_next_page()
    {
        var title = new TitlePage([new Paragraph([new Text("NOTE D'ORIENTATION")], ParagraphStyle.Title)]) { Id = "title" };
        var titleNl = new TitlePage([new Paragraph([new Text("BELEIDSNOTA")], ParagraphStyle.Title)]) { Id = "title" };
        var document = Paired("note", [
            Unit("title", [title], [titleNl], UnitKind.TitlePage),
            Unit("end", [new PageBreak { Id = "end" }], [new PageBreak { Id = "end" }], UnitKind.PageBreak),
            Unit("a", [H(1, "a", "Introduction"), P("texte")], [H(1, "a", "Inleiding"), P("tekst")]),
        ]);
        var layout = LayOut(document);
        Assert.Equal(2, layout.Pages.Count);
        Assert.True(layout.Pages[0].IsTitlePage);
        Assert.Empty(Lines(layout.Pages[0], RegionKind.Header, -1));
        Assert.Equal("NOTE D'ORIENTATION", Assert.Single(Lines(layout.Pages[0], RegionKind.Column, 0)).Text);
        Assert.Equal("BELEIDSNOTA", Assert.Single(Lines(layout.Pages[0], RegionKind.Column, 1)).Text);
        Assert.Equal(3, Lines(layout.Pages[1], RegionKind.Header, -1).Count);
        Assert.Equal("Introduction", Lines(layout.Pages[1], RegionKind.Column, 0)[0].Text);
    }

    [Fact]
    public void Footnotes_stand_at_the_foot_of_the_calling_column_on_the_same_page()
    {
        var units = new List<UnitSpec>();
        for (var u = 0; u < 12; u++)
        {
            var fr = new List<Block> { H(2, $"u{u}", $"Titre {u}"), Numbered(u * 2, 60) };
            var nl = new List<Block> { H(2, $"u{u}", $"Titel {u}"), Numbered((u * 2) + 1, 60) };
            if (u == 7)
            {
                fr.Add(new Paragraph([new Text("Voir la note"), new FootnoteReference(1), new Text(" pour les chiffres.")]));
            }

            units.Add(Unit($"u{u}", fr, nl));
        }

        var layout = LayOut(Paired("note", units, [new Footnote(1, [P("Chiffres au 30 juin 2021.")])]));
        var calling = Assert.Single(layout.Pages, p => Lines(p, RegionKind.Column, 0).Any(l => l.Text.Contains("note(1)", StringComparison.Ordinal)));
        var notes = Lines(calling, RegionKind.Footnotes, 0);
        Assert.Equal("(1) Chiffres au 30 juin 2021.", notes[0].Text);
        Assert.True(notes[0].Baseline > Lines(calling, RegionKind.Column, 0).Max(l => l.Baseline));
        Assert.True(notes[^1].Baseline <= PageSettings.Default.BodyBottom);
        Assert.Empty(Lines(calling, RegionKind.Footnotes, 1));
        Assert.All(layout.Pages.Where(p => p != calling), p => Assert.Empty(Lines(p, RegionKind.Footnotes, 0)));
        var call = Lines(calling, RegionKind.Column, 0).SelectMany(l => l.Texts).Single(t => t.Text == "(1)");
        Assert.True(call.Font.Size < 10);
    }

    [Fact]
    public void A_table_that_crosses_a_page_repeats_its_header_row()
    {
        var rows = new List<Row> { new([new Cell([new Text("Projet")]), new Cell([new Text("Budget")])]) };
        rows.AddRange(Enumerable.Range(0, 80).Select(i => new Row([new Cell([new Text($"Projet {i}")]), new Cell([new Text($"{i}.000")])])));
        var table = new Table([ColumnAlignment.Left, ColumnAlignment.Right], rows, 1) { Id = "t" };
        var tableNl = table with { Rows = [new Row([new Cell([new Text("Project")]), new Cell([new Text("Begroting")])]), .. rows.Skip(1)] };
        var layout = LayOut(Paired("note", [Unit("t", [H(2, "t", "Tableau"), table], [H(2, "t", "Tabel"), tableNl])]));
        Assert.True(layout.Pages.Count >= 2);
        foreach (var page in layout.Pages)
        {
            var fr = Lines(page, RegionKind.Column, 0).Where(l => !l.Texts.All(t => t.Font.IsBold) || l.Text.StartsWith("Projet", StringComparison.Ordinal)).ToList();
            var headerLine = Lines(page, RegionKind.Column, 0).First(l => l.Text is "Projet" or "Budget");
            Assert.True(headerLine.Texts.All(t => t.Font.IsBold), $"page {page.Number}: no bold header row");
            Assert.NotEmpty(fr);
            Assert.Contains(Lines(page, RegionKind.Column, 1), l => l.Text == "Project");
        }

        Assert.Equal(80, layout.Pages.Sum(p => Lines(p, RegionKind.Column, 0).Count(l => l.Text.StartsWith("Projet ", StringComparison.Ordinal))));
    }

    [Fact]
    public void Lists_hang_their_text_after_an_en_dash_or_a_number()
    {
        var bullets = new ListBlock(false, 1, [new ListItem([P("premier")]), new ListItem([P("second"), new ListBlock(true, 1, [new ListItem([P("imbriqué")])])])]);
        var layout = LayOut(Paired("note", [Unit("a", [H(2, "a", "Liste"), bullets], [H(2, "a", "Lijst"), bullets])]));
        var lines = Lines(layout.Pages[0], RegionKind.Column, 0);
        var first = lines.Single(l => l.Text == "premier");
        var dash = lines.Single(l => l.Text == "\u2013" && Math.Abs(l.Baseline - first.Baseline) < 0.01);
        Assert.True(dash.X < first.X);
        var nested = lines.Single(l => l.Text == "imbriqué");
        var one = lines.Single(l => l.Text == "1." && Math.Abs(l.Baseline - nested.Baseline) < 0.01);
        Assert.True(nested.X > first.X && one.X >= first.X);
    }

    [Fact]
    public void A_spanning_table_crosses_both_columns_below_the_text_above_it_and_repeats_its_header()
    {
        var header = new SpanningRow([new SpanningCell([new Text("Projet")], [new Text("Project")], false), new SpanningCell([new Text("2022")], [new Text("2022")], true)]);
        var rows = Enumerable.Range(0, 70).Select(i => new SpanningRow([
            new SpanningCell([new Text($"Projet {i}")], [new Text($"Project {i}")], false),
            new SpanningCell([new Text($"{i}.000")], [new Text($"{i}.000")], true),
        ]));
        var spanning = new SpanningTable([ColumnAlignment.Left, ColumnAlignment.Right], [header, .. rows], 1) { Id = "budget" };
        var frTable = new FullWidth([new Table([ColumnAlignment.Left], [], 0)]) { Id = "budget" };
        var document = Paired("note", [
            Unit("a", [H(2, "a", "Avant"), Numbered(0, 30)], [H(2, "a", "Voor"), Numbered(1, 5)]),
            new UnitSpec("budget", UnitKind.FullWidth, [frTable], [frTable]) { Spanning = [spanning] },
            Unit("b", [H(2, "b", "Après"), P("fin")], [H(2, "b", "Na"), P("einde")]),
        ]);
        var layout = LayOut(document);
        var first = layout.Pages[0];
        var span = first.Regions.Single(r => r.Kind == RegionKind.Spanning);
        var textBottom = Lines(first, RegionKind.Column, 0).Max(l => l.Baseline);
        Assert.True(span.Lines.Min(l => l.Baseline) > textBottom);
        var left = PageSettings.Default.LeftMargin;
        Assert.Equal(left, span.Rules.Min(r => Math.Min(r.X1, r.X2)), 3);
        Assert.Equal(left + PageSettings.Default.SpanWidth, span.Rules.Max(r => Math.Max(r.X1, r.X2)), 3);
        Assert.Contains(span.Lines, l => l.Text == "Projet 0");
        Assert.Contains(span.Lines, l => l.Text == "Project 0" && l.Texts.All(t => t.Font.IsItalic));
        var pages = layout.Pages.Where(p => p.Regions.Any(r => r.Kind == RegionKind.Spanning)).ToList();
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.Equal("Projet", p.Regions.Single(r => r.Kind == RegionKind.Spanning).Lines.OrderBy(l => l.Baseline).First().Text));
        var after = layout.AnchorPages[("note", "b")];
        var last = layout.Pages.Single(p => p.Number == after);
        Assert.True(Lines(last, RegionKind.Column, 0)[0].Baseline > last.Regions.Single(r => r.Kind == RegionKind.Spanning).Lines.Max(l => l.Baseline));
    }

    [Fact]
    public void The_column_order_follows_the_volume()
    {
        var document = Paired("note", [Unit("a", [H(2, "a", "Titre"), P("texte")], [H(2, "a", "Titel"), P("tekst")])], columns: [Language.Nl, Language.Fr]);
        var page = LayOut(document).Pages[0];
        Assert.Equal("Titel", Lines(page, RegionKind.Column, 0)[0].Text);
        Assert.Equal("Titre", Lines(page, RegionKind.Column, 1)[0].Text);
        Assert.Equal(Language.Nl, page.Regions.First(r => r.Kind == RegionKind.Column).Language);
        Assert.True(Lines(page, RegionKind.Column, 0)[0].X < Lines(page, RegionKind.Column, 1)[0].X);
    }

    [GeneratedRegex(@"^p(\d+)w")]
    private static partial Regex WordPattern();
}
