using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Pdf.Layout.Pagination;
using static PolicyGen.Tests.Pagination.Docs;

namespace PolicyGen.Tests.Pagination;

public class LayoutDumpTests
{
    [Fact]
    public void Small_document_layout_matches_the_golden_dump()
    {
        var title = new TitlePage([new Paragraph([new Text("NOTE D'ORIENTATION")], ParagraphStyle.Title), new Paragraph([new Text("« Données » 2021-2022")], ParagraphStyle.Subtitle)]) { Id = "title" };
        var titleNl = new TitlePage([new Paragraph([new Text("BELEIDSNOTA")], ParagraphStyle.Title), new Paragraph([new Text("« Data » 2021-2022")], ParagraphStyle.Subtitle)]) { Id = "title" };
        var table = new Table([ColumnAlignment.Left, ColumnAlignment.Right], [
            new Row([new Cell([new Text("Année")]), new Cell([new Text("Jeux")])]),
            new Row([new Cell([new Text("2021")]), new Cell([new Text("1.113")])]),
        ], 1);
        var tableNl = table with { Rows = [new Row([new Cell([new Text("Jaar")]), new Cell([new Text("Sets")])]), table.Rows[1]] };
        var document = Paired("small", [
            Unit("title", [title], [titleNl], UnitKind.TitlePage),
            Unit("title-end", [new PageBreak { Id = "title-end" }], [new PageBreak { Id = "title-end" }], UnitKind.PageBreak),
            Unit("chapter-1", [
                H(1, "chapter-1", "Introduction", "CHAPITRE Ier"),
                new Paragraph([new Text("La Région veut publier ses données afin que les citoyens puissent les réutiliser"), new FootnoteReference(1), new Text(".")]),
                Label("Statut de l'OO"),
                new ListBlock(false, 1, [new ListItem([P("publier les données des administrations locales ;")]), new ListItem([P("mesurer la réutilisation.")])]),
                table,
            ], [
                H(1, "chapter-1", "Inleiding", "HOOFDSTUK I"),
                new Paragraph([new Text("Het Gewest wil zijn gegevens publiceren"), new FootnoteReference(1), new Text(".")]),
                Label("Status van de OD"),
                new ListBlock(true, 1, [new ListItem([P("de gegevens publiceren;")]), new ListItem([P("het hergebruik meten.")])]),
                tableNl,
            ]),
        ], [new Footnote(1, [P("Chiffres au 30 juin 2021.")])], [new Footnote(1, [P("Cijfers op 30 juni 2021.")])]);

        GoldenFile.Verify(LayoutDump.Write(LayOut(document)), "small", "layout.txt");
    }
}
