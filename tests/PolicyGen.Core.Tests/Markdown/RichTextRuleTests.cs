using PolicyGen.Diagnostics;
using PolicyGen.Markdown;
using PolicyGen.Pipeline;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Markdown;

public sealed class RichTextRuleTests
{
    [Fact]
    public void Unsupported_Markdown_in_a_field_is_reported_at_its_line_in_the_YAML_file()
    {
        using var project = TempProject.WithNote(TempProject.Chapters.Replace(
            "introduction: {fr: Introduction., nl: Inleiding.}",
            "introduction:\n    fr: |\n      Premier paragraphe.\n\n      ## Un titre\n    nl: |\n      Eerste alinea[^1].\n",
            StringComparison.Ordinal) + "title: {fr: Démo, nl: Demo}\n");
        var validation = ProjectValidation.Run(project.Directory);
        Assert.NotNull(validation.Project);
        var bag = new DiagnosticBag();
        new RichTextRule().Check(validation.Project, bag);
        var diagnostics = bag.Sorted();
        var heading = Assert.Single(diagnostics, d => d.Descriptor == DiagnosticDescriptors.UnsupportedMarkdown);
        Assert.EndsWith("note.yaml", heading.Location.Path, StringComparison.Ordinal);
        Assert.Equal((6, 7), (heading.Location.Line, heading.Location.Column));
        Assert.Contains("a heading (#)", heading.Message, StringComparison.Ordinal);
        var footnote = Assert.Single(diagnostics, d => d.Descriptor == DiagnosticDescriptors.FootnoteUndefined);
        Assert.EndsWith("note.yaml", footnote.Location.Path, StringComparison.Ordinal);
        Assert.Equal(8, footnote.Location.Line);
    }

    [Fact]
    public void The_content_of_the_reference_uses_only_supported_Markdown()
    {
        var validation = ProjectValidation.Run(Repo.Path("content", "2021-2022"));
        Assert.NotNull(validation.Project);
        var bag = new DiagnosticBag();
        new RichTextRule().Check(validation.Project, bag);
        Assert.DoesNotContain(bag.Items, d => d.Severity == Severity.Error);
    }
}
