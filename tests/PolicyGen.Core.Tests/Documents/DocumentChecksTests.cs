using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using PolicyGen.Markdown;
using PolicyGen.Model;

namespace PolicyGen.Tests.Documents;

public sealed class DocumentChecksTests
{
    private static IReadOnlyList<Diagnostic> Check(string markdown)
    {
        var bag = new DiagnosticBag();
        var converted = MarkdownConverter.Convert(markdown, MarkdownDialect.Template, SourceMap.File("n.fr.md"), bag);
        DocumentChecks.Check(new Document("n", Language.Fr, "n.fr.md", converted.Blocks, converted.Footnotes), bag);
        return bag.Sorted();
    }

    [Fact]
    public void A_contents_entry_must_repeat_its_heading()
    {
        var diagnostics = Check("::: toc\n- [IV.1 OS 1 : Ancien titre](#os-1)\n:::\n\n## IV.1 OS 1 : Nouveau titre {#os-1 number=\"IV.1 OS 1 :\"}\n");
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticDescriptors.ContentsMismatch, diagnostic.Descriptor);
        Assert.Contains("Nouveau titre", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_that_agree_with_their_headings_pass() =>
        Assert.Empty(Check("::: summary\n- [IV.1 OS 1 : Titre](#os-1)\n:::\n\n## IV.1 OS 1 : Titre {#os-1 number=\"IV.1 OS 1 :\"}\n"));

    [Fact]
    public void Broken_links_and_duplicate_ids_are_reported()
    {
        var diagnostics = Check("# A {#same}\n\n# B {#same}\n\nVoir [OO 9.9](#oo-9-9).\n");
        Assert.Contains(diagnostics, d => d.Descriptor == DiagnosticDescriptors.DuplicateBlockId);
        Assert.Contains(diagnostics, d => d.Descriptor == DiagnosticDescriptors.BrokenLink && d.Message.Contains("oo-9-9", StringComparison.Ordinal));
    }
}
