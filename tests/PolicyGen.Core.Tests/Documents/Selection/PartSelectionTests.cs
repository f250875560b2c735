using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Documents.Selection;
using PolicyGen.Markdown;
using PolicyGen.Model;

namespace PolicyGen.Tests.Documents.Selection;

public sealed class PartSelectionTests
{
    private const string French = """
        ::: title-page {#title-page}
        NOTE {.title}
        :::

        ::: page-break {#title-page-end}
        :::

        # CHAPITRE Ier Introduction {#chapter-1 number="CHAPITRE Ier"}

        Le début.

        # CHAPITRE IV Objectifs {#chapter-4 number="CHAPITRE IV"}

        ## IV.1 OS 1 : Données {#os-1 number="IV.1 OS 1 :"}

        Premier objectif[^a].

        ### IV.1.1. OO 1.1. : Publier {#oo-1-1 number="IV.1.1. OO 1.1. :"}

        #### Planning 2022 {#oo-1-1.planning}

        Publier plus.

        Encadré {.label #oo-1-1.box}

        Texte de l’encadré.

        ## IV.2 OS 2 : Services {#os-2 number="IV.2 OS 2 :"}

        Deuxième objectif[^b].

        ::: page-break {#annexes}
        :::

        # Annexe 1 : Liste {#annex-1}

        La liste.

        [^a]: Note A.
        [^b]: Note B.
        """;

    private const string Dutch = """
        ::: title-page {#title-page}
        NOTA {.title}
        :::

        ::: page-break {#title-page-end}
        :::

        # HOOFDSTUK I Inleiding {#chapter-1 number="HOOFDSTUK I"}

        Het begin.

        # HOOFDSTUK IV Doelstellingen {#chapter-4 number="HOOFDSTUK IV"}

        ## IV.1 SD 1 : Gegevens {#os-1 number="IV.1 SD 1 :"}

        Eerste doelstelling[^a].

        ### IV.1.1. OD 1.1. : Publiceren {#oo-1-1 number="IV.1.1. OD 1.1. :"}

        #### Planning 2022 {#oo-1-1.planning}

        Meer publiceren.

        Kader {.label #oo-1-1.box}

        Tekst van het kader.

        ## IV.2 SD 2 : Diensten {#os-2 number="IV.2 SD 2 :"}

        Tweede doelstelling[^b].

        ::: page-break {#annexes}
        :::

        # Bijlage 1 : Lijst {#annex-1}

        De lijst.

        [^a]: Nota A.
        [^b]: Nota B.
        """;

    private static PairedDocument Paired()
    {
        var bag = new DiagnosticBag();
        var paired = DocumentPairer.Pair(Read(French, Language.Fr, bag), Read(Dutch, Language.Nl, bag), LanguageExtensions.All, _ => null, bag);
        Assert.Empty(bag.Items);
        return paired!;
    }

    private static Document Read(string markdown, Language language, DiagnosticBag bag)
    {
        var source = $"note.{language.Code()}.md";
        var converted = MarkdownConverter.Convert(markdown, MarkdownDialect.Template, SourceMap.File(source), bag);
        return new Document("note", language, source, converted.Blocks, converted.Footnotes);
    }

    [Theory]
    [InlineData("CHAPITRE Ier", "I")]
    [InlineData("HOOFDSTUK I", "I")]
    [InlineData("CHAPITRE IV", "IV")]
    [InlineData("IV.1 OS 1\u202F:", "IV.1")]
    [InlineData("IV.1.1. OO 1.1.\u202F:", "IV.1.1")]
    [InlineData("IV.12.3. OD 12.3. :", "IV.12.3")]
    public void A_heading_number_gives_the_reference_an_editor_writes(string number, string reference) =>
        Assert.Equal(reference, PartReference.Of(number));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Annexe 1 :")]
    [InlineData("OS 1 :")]
    public void A_number_without_a_roman_numeral_gives_no_reference(string? number) => Assert.Null(PartReference.Of(number));

    [Fact]
    public void Every_heading_is_a_part_that_runs_to_the_next_heading_of_the_same_or_a_higher_level()
    {
        var paired = Paired();
        var parts = DocumentParts.Of(paired);
        Assert.Equal(
            ["chapter-1", "chapter-4", "os-1", "oo-1-1", "oo-1-1.planning", "os-2", "annex-1"],
            parts.Select(p => p.Id));
        Assert.Equal(["I", "IV", "IV.1", "IV.1.1", null, "IV.2", null], parts.Select(p => p.Reference));
        Assert.Equal([1, 1, 2, 3, 4, 2, 1], parts.Select(p => p.Level));

        Id[] UnitsOf(string id)
        {
            var part = parts.Single(p => p.Id == id);
            return [.. paired.Units.Skip(part.First).Take(part.Count).Select(u => new Id(u.Id))];
        }

        // IV.1 holds its operational objective and the labelled block inside it, and stops at IV.2.
        Assert.Equal([new("os-1"), new("oo-1-1"), new("oo-1-1.planning"), new("oo-1-1.box")], UnitsOf("os-1"));

        // The last objective of the chapter stops before the page break that opens the annexes.
        Assert.Equal([new("os-2")], UnitsOf("os-2"));
        Assert.Equal([new("chapter-4"), new("os-1"), new("oo-1-1"), new("oo-1-1.planning"), new("oo-1-1.box"), new("os-2")], UnitsOf("chapter-4"));
        Assert.Equal([new("annex-1")], UnitsOf("annex-1"));
    }

    [Theory]
    [InlineData("IV.1", "os-1")]
    [InlineData("iv.1.", "os-1")]
    [InlineData(" IV.1.1 ", "oo-1-1")]
    [InlineData("I", "chapter-1")]
    [InlineData("annex-1", "annex-1")]
    [InlineData("oo-1-1.planning", "oo-1-1.planning")]
    public void A_part_is_found_by_its_number_or_its_heading_id(string asked, string id) =>
        Assert.Equal(id, DocumentParts.Find(DocumentParts.Of(Paired()), asked)?.Id);

    [Theory]
    [InlineData("IV.3")]
    [InlineData("V")]
    [InlineData("os-9")]
    [InlineData("oo-1-1.box")]
    public void A_reference_or_id_of_no_heading_finds_nothing(string asked) => Assert.Null(DocumentParts.Find(DocumentParts.Of(Paired()), asked));

    [Fact]
    public void Cutting_keeps_the_part_in_both_languages_with_only_the_footnotes_it_calls()
    {
        var paired = Paired();
        var part = DocumentParts.Find(DocumentParts.Of(paired), "IV.2")!;
        var cut = PartSelector.Cut(paired, part);
        Assert.Equal(["os-2"], cut.Units.Select(u => u.Id));
        Assert.Equal("Deuxième objectif.", InlineText.Of(((Paragraph)cut.French.Blocks[1]).Content));
        Assert.Equal("Tweede doelstelling.", InlineText.Of(((Paragraph)cut.Dutch.Blocks[1]).Content));
        Assert.Equal(cut.Units.SelectMany(u => u.Fr), cut.French.Blocks);
        Assert.Equal(cut.Units.SelectMany(u => u.Nl), cut.Dutch.Blocks);

        // Footnote b keeps its number in the note (2), and footnote a, called from IV.1 only, is left out.
        Assert.Equal([2], cut.Footnotes(Language.Fr).Select(f => f.Number));
        Assert.Equal([2], cut.Footnotes(Language.Nl).Select(f => f.Number));
        Assert.Equal(paired.Name, cut.Name);
        Assert.Equal(paired.Columns, cut.Columns);
    }

    [Fact]
    public void A_part_of_another_document_is_refused()
    {
        var paired = Paired();
        Assert.Throws<ArgumentOutOfRangeException>(() => PartSelector.Cut(paired, new DocumentPart("x", null, 1, "X", paired.Units.Count - 1, 5)));
    }

    [Fact]
    public void The_message_for_an_unknown_part_lists_the_chapters_and_objectives_and_what_lies_under_the_nearest_one()
    {
        var parts = DocumentParts.Of(Paired());
        var message = PartList.Unknown("note", "IV.1.7", parts);
        Assert.Contains("no chapter or objective 'IV.1.7' in the note 'note'", message, StringComparison.Ordinal);
        Assert.Contains("I (chapter-1), IV (chapter-4), IV.1 (os-1), IV.2 (os-2), annex-1", message, StringComparison.Ordinal);
        Assert.Contains("under IV.1 (os-1): IV.1.1 (oo-1-1)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("under", PartList.Unknown("note", "VII", parts), StringComparison.Ordinal);
    }

    private readonly record struct Id(string Value);
}
