using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Markdown;
using PolicyGen.Model;
using PolicyGen.Tests.Templating;

namespace PolicyGen.Tests.Documents;

public sealed class PairingTests
{
    private static Document Read(string markdown, Language language, DiagnosticBag? bag = null)
    {
        bag ??= new DiagnosticBag();
        var source = $"note.{language.Code()}.md";
        var converted = MarkdownConverter.Convert(markdown, MarkdownDialect.Template, SourceMap.File(source), bag);
        return new Document("note", language, source, converted.Blocks, converted.Footnotes);
    }

    private static SourceLocation? NoOrigin(string id) => null;

    [Fact]
    public void Units_start_at_every_heading_and_every_block_with_an_id()
    {
        var fr = Read("Préambule.\n\n# Titre {#chapter-1}\n\nTexte.\n\nSection {.label #sec}\n\nSuite.\n\n## Objectif {#os-1}\n", Language.Fr);
        var nl = Read("Inleiding.\n\n# Titel {#chapter-1}\n\nTekst.\n\nAfdeling {.label #sec}\n\nVervolg.\n\n## Doelstelling {#os-1}\n", Language.Nl);
        var bag = new DiagnosticBag();
        var paired = DocumentPairer.Pair(fr, nl, LanguageExtensions.All, NoOrigin, bag);
        Assert.Empty(bag.Items);
        Assert.NotNull(paired);
        Assert.Equal(["", "chapter-1", "sec", "os-1"], paired.Units.Select(u => u.Id));
        Assert.Equal([UnitKind.Preamble, UnitKind.Heading, UnitKind.Block, UnitKind.Heading], paired.Units.Select(u => u.Kind));
        Assert.Equal(2, paired.Units[1].Fr.Count);
        Assert.Equal(2, paired.Units[2].Nl.Count);
        Assert.Equal(new SourceLocation("note.fr.md", 3, 1), paired.Units[1].Source);
    }

    [Fact]
    public void A_structure_mismatch_names_the_first_unit_that_differs_and_where_it_came_from()
    {
        var fr = Read("# Un {#chapter-1}\n\n## Deux {#os-1}\n\n## Trois {#os-2}\n", Language.Fr);
        var nl = Read("# Een {#chapter-1}\n\n## Drie {#os-2}\n", Language.Nl);
        var bag = new DiagnosticBag();
        var origin = new SourceLocation("notes/n.yaml", 12, 5);
        var paired = DocumentPairer.Pair(fr, nl, LanguageExtensions.All, id => id == "os-1" ? origin : null, bag);
        Assert.Null(paired);
        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticDescriptors.StructureMismatch, diagnostic.Descriptor);
        Assert.Equal(origin, diagnostic.Location);
        Assert.Contains("unit 2 after 'chapter-1'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("French has 'os-1' (heading 2 \"Deux\")", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Dutch has 'os-2' (heading 2 \"Drie\")", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("French at note.fr.md(3,1)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_ends_early_is_a_mismatch()
    {
        var bag = new DiagnosticBag();
        DocumentPairer.Pair(Read("# A {#a}\n\n# B {#b}\n", Language.Fr), Read("# A {#a}\n", Language.Nl), LanguageExtensions.All, NoOrigin, bag);
        Assert.Contains("Dutch has nothing (the Dutch document ends here)", Assert.Single(bag.Items).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_of_different_levels_do_not_pair()
    {
        var bag = new DiagnosticBag();
        DocumentPairer.Pair(Read("# A {#a}\n", Language.Fr), Read("## A {#a}\n", Language.Nl), LanguageExtensions.All, NoOrigin, bag);
        Assert.Equal(DiagnosticDescriptors.StructureMismatch, Assert.Single(bag.Items).Descriptor);
    }

    [Fact]
    public void Full_width_tables_are_merged_into_bilingual_tables()
    {
        static string Table(string head, string cell) => $"::: full-width {{#t1}}\nLégende {{.label}}\n\n| {head} | 2021 |\n|---|---:|\n| {cell} | 80 |\n:::\n";
        var fr = Read(Table("Projet", "Forest"), Language.Fr);
        var nl = Read(Table("Project", "Vorst"), Language.Nl);
        var bag = new DiagnosticBag();
        var paired = DocumentPairer.Pair(fr, nl, LanguageExtensions.All, NoOrigin, bag)!;
        Assert.Empty(bag.Items);
        var unit = Assert.Single(paired.Units);
        Assert.Equal(UnitKind.FullWidth, unit.Kind);
        var table = Assert.IsType<SpanningTable>(Assert.Single(unit.Spanning));
        Assert.Equal([ColumnAlignment.Default, ColumnAlignment.Right], table.Columns);
        var cell = table.Rows[1].Cells[0];
        Assert.Equal("Forest", InlineText.Of(cell.Fr));
        Assert.Equal("Vorst", InlineText.Of(cell.Nl));
        Assert.False(cell.Shared);
        Assert.True(table.Rows[1].Cells[1].Shared);
    }

    [Fact]
    public void Full_width_tables_of_different_shapes_are_reported()
    {
        var fr = Read("::: full-width {#t1}\n| a | b |\n|---|---|\n| 1 | 2 |\n:::\n", Language.Fr);
        var nl = Read("::: full-width {#t1}\n| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n:::\n", Language.Nl);
        var bag = new DiagnosticBag();
        DocumentPairer.Pair(fr, nl, LanguageExtensions.All, NoOrigin, bag);
        var diagnostic = Assert.Single(bag.Items);
        Assert.Equal(DiagnosticDescriptors.SpanningTableShape, diagnostic.Descriptor);
        Assert.Contains("2 rows of 2 columns in French but 3 rows of 2 columns in Dutch", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_writes_for_one_language_only_gives_one_clear_diagnostic()
    {
        using var project = TemplateProjects.With(("note.sbn", """
            {{ pg.heading 1 null "Chapitre" "chapter-1" }}

            {{~ if lang == "fr" ~}}
            {{ pg.heading 2 null "Seulement en français" "french-only" }}

            {{~ end ~}}
            {{ pg.heading 2 null "Commun" "common" }}

            """));
        var (_, diagnostics) = TemplateProjects.Build(project);
        var diagnostic = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticDescriptors.StructureMismatch, diagnostic.Descriptor);
        Assert.Contains("of 'demo' differ at unit 2 after 'chapter-1'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("French has 'french-only'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Dutch has 'common'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("demo.fr.md", 3, 1), diagnostic.Location);
    }
}
