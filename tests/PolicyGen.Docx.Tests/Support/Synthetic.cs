using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;

namespace PolicyGen.Tests.Support;

/// <summary>
/// A small paired document with every kind of block and inline, including those the sample projects do not
/// produce yet (full-width bilingual tables, nested and numbered lists, external links).
/// </summary>
public static class Synthetic
{
    public static PairedDocument Build(IReadOnlyList<Language> columns)
    {
        var bag = new DiagnosticBag();
        var paired = DocumentPairer.Pair(Document(Language.Fr), Document(Language.Nl), columns, _ => null, bag);
        return paired ?? throw new InvalidOperationException(string.Join('\n', bag.Items));
    }

    private static Document Document(Language language)
    {
        var fr = language == Language.Fr;
        string T(string french, string dutch) => fr ? french : dutch;
        Inline[] Say(string french, string dutch) => [new Text(T(french, dutch))];
        Block[] blocks =
        [
            new TitlePage([new Paragraph(Say("NOTE D'ORIENTATION", "BELEIDSNOTA"), ParagraphStyle.Title), new Paragraph(Say("« Essai » 2021-2022", "« Test » 2021-2022"), ParagraphStyle.Subtitle)]) { Id = "title" },
            new PageBreak { Id = "break" },
            new Heading(1, null, Say("Table des matières", "Inhoudstafel")) { Id = "contents-title" },
            new TableOfContents(ContentsKind.Contents,
            [
                new ContentsEntry(1, "ch1", Say("CHAPITRE Ier Introduction", "HOOFDSTUK I Inleiding")),
                new ContentsEntry(2, "os1", Say("IV.1 OS 1 : Objectif", "IV.1 SD 1 : Doelstelling")),
            ]) { Id = "contents" },
            new Heading(1, T("CHAPITRE Ier", "HOOFDSTUK I"), Say("Introduction", "Inleiding")) { Id = "ch1" },
            new Paragraph(
            [
                new Text(T("Texte avec une note", "Tekst met een voetnoot")), new FootnoteReference(1), new Text(", "),
                new Strong([new Text(T("gras", "vet"))]), new Text(" "), new Emphasis([new Text(T("italique", "cursief"))]), new LineBreak(),
                new Link("#os1", [new Text(T("voir OS 1", "zie SD 1"))]), new Text(" "), new Link("https://example.org/open-data", [new Text("example.org")]),
            ]),
            new ListBlock(true, 3,
            [
                new ListItem([new Paragraph(Say("troisième", "derde")), new ListBlock(false, 1, [new ListItem([new Paragraph(Say("tiret", "streepje"))])])]),
                new ListItem([new Paragraph(Say("quatrième", "vierde")), new Paragraph(Say("suite", "vervolg"))]),
            ]),
            new Table([ColumnAlignment.Left, ColumnAlignment.Right],
            [
                new Row([new Cell(Say("Indicateur", "Indicator")), new Cell([new Text("2022")])]),
                new Row([new Cell(Say("Taux", "Percentage")), new Cell([new Text("40 %")])]),
            ], 1),
            new FullWidth(
            [
                new Paragraph(Say("Tableau commun", "Gemeenschappelijke tabel")),
                new Table([ColumnAlignment.Default, ColumnAlignment.Center],
                [
                    new Row([new Cell(Say("Projet", "Project")), new Cell([new Text("2022")])]),
                    new Row([new Cell(Say("Données", "Gegevens")), new Cell([new Text("140.000")])]),
                ], 1),
            ]) { Id = "budget" },
            new Heading(2, "IV.1", Say("OS 1 : Objectif", "SD 1 : Doelstelling")) { Id = "os1" },
            new Paragraph(Say("Description", "Beschrijving"), ParagraphStyle.Label) { Id = "os1-description" },
            new Paragraph(Say("Un texte.", "Een tekst.")),
            new TableOfContents(ContentsKind.Summary, [new ContentsEntry(1, "os1", Say("OS 1 : Objectif", "SD 1 : Doelstelling"))]) { Id = "summary" },
        ];
        Footnote[] notes = [new Footnote(1, [new Paragraph(Say("Une note.", "Een voetnoot."))])];
        return new Document("essai", language, "essai." + language.Code() + ".md", blocks, notes);
    }
}
