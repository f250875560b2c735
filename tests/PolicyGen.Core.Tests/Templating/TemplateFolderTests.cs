using PolicyGen.Diagnostics;
using PolicyGen.Documents;
using PolicyGen.Model;
using PolicyGen.Pipeline;
using PolicyGen.Rendering;
using PolicyGen.Templating;
using PolicyGen.Tests.Support;
using Scriban.Runtime;

namespace PolicyGen.Tests.Templating;

public sealed class TemplateFolderTests
{
    [Fact]
    public void A_project_overrides_one_template_and_keeps_the_others()
    {
        using var project = TemplateProjects.With(("front/abbreviations.sbn", "{{ pg.heading 1 null \"Own abbreviations\" \"abbreviations\" }}\n"));
        var (volume, diagnostics) = TemplateProjects.Build(project);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var markdown = volume.Documents.Single(d => d.Name == "demo").French;
        Assert.Contains("# Own abbreviations {#abbreviations}", markdown, StringComparison.Ordinal);
        Assert.Contains("# CHAPITRE Ier Introduction {#chapter-1", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_cannot_change_the_structure_of_the_document()
    {
        var note = TemplateProjects.Note.Replace("title: {fr: Démo, nl: Demo}", "title: {fr: \"*Démo* # 1. [x](y) <b>\", nl: \"*Demo* # 1. [x](y) <b>\"}", StringComparison.Ordinal)
            .Replace("{fr: Objectif opérationnel, nl: Operationele doelstelling}", "{fr: \"- Objectif | `opérationnel` {#x}\", nl: \"- Operationele | `doelstelling` {#x}\"}", StringComparison.Ordinal);
        using var project = TemplateProjects.WithNote(note);
        var (volume, diagnostics) = TemplateProjects.Build(project);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var french = volume.Documents.Single(d => d.Name == "demo").Paired!.French;
        var titlePage = Assert.IsType<TitlePage>(french.Blocks[0]);
        Assert.Equal("«\u202F*Démo* # 1. [x](y) <b>\u202F» 2021-2022", InlineText.Of(((Paragraph)titlePage.Blocks[1]).Content));
        var heading = BlockWalker.All(french.Blocks).OfType<Heading>().Single(h => h.Id == "oo-1-1");
        Assert.Equal("- Objectif | `opérationnel` {#x}", InlineText.Of(heading.Title));
    }

    [Fact]
    public void A_note_rewords_a_label_and_an_unknown_label_key_is_reported()
    {
        var note = TemplateProjects.Note + """

            labels:
              oo_description: {fr: Objet de l'OO, nl: Voorwerp van de OD}
              oo_descripion: {fr: X, nl: X}
            """;
        using var project = TemplateProjects.WithNote(note);
        var validation = ProjectValidation.Run(project.Directory);
        var unknown = Assert.Single(validation.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticDescriptors.UnknownLabel, unknown.Descriptor);
        Assert.Contains("did you mean 'oo_description'", unknown.Message, StringComparison.Ordinal);
        var volume = VolumeBuilder.Build(validation.Project!, new DiagnosticBag());
        Assert.Contains("Objet de l'OO {.label}", volume.Documents.Single(d => d.Name == "demo").French, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_templates_keep_a_loop_guard_that_fails_loudly()
    {
        Assert.True(TemplateLimits.User.LoopLimit > 0);
        Assert.True(TemplateLimits.User.RecursiveLimit > 0);
        using var project = new TempProject();
        project.Write("note.sbn", "{{ for i in 1..5000 }}x{{ end }}");
        var renderer = new TemplateRenderer(TemplateFolders.WithUser(project.Directory, "tpl"), TemplateLimits.User with { LoopLimit = 1000 });
        var bag = new DiagnosticBag();
        var output = renderer.Render("note.sbn", new ScriptObject(), new RenderSession(Language.Fr, new LabelCatalogue(Language.Fr, null)), bag);
        Assert.Null(output);
        Assert.Equal(DiagnosticDescriptors.TemplateLimit, Assert.Single(bag.Items).Descriptor);
    }

    [Fact]
    public void The_default_templates_run_without_loop_or_output_limit()
    {
        Assert.Equal(0, TemplateLimits.Trusted.LoopLimit);
        Assert.Equal(0, TemplateLimits.Trusted.OutputLimit);
        Assert.Equal(0, TemplateLimits.Trusted.StringLimit);
    }
}
