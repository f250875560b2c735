using PolicyGen.Documents;

namespace PolicyGen.Tests.Templating;

/// <summary>What a note's profile changes: the actions in the table of contents and annex 1, numbered sections.</summary>
public sealed class ProfileTests
{
    private const string Actions = """
                planning:
                  actions:
                    - id: portal
                      title: {fr: Lancer le portail, nl: Het portaal lanceren}
                      output: {fr: Un portail., nl: Een portaal.}

        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Actions_are_listed_in_the_contents_and_annex_1_when_the_profile_says_so(bool listActions)
    {
        var note = TemplateProjects.Note + "\n" + Actions + $"profile: {{list_actions: {(listActions ? "true" : "false")}}}\n";
        using var project = TemplateProjects.WithNote(note);
        System.IO.Directory.Delete(project.Path("tpl"));
        project.Write("policygen.yaml", Support.TempProject.Volume);
        var (volume, diagnostics) = TemplateProjects.Build(project);
        Assert.Empty(diagnostics);
        var french = volume.Documents.Single(d => d.Name == "demo").Paired!.French;
        foreach (var list in BlockWalker.All(french.Blocks).OfType<TableOfContents>())
        {
            Assert.Equal(listActions, list.Entries.Any(e => e.TargetId == "oo-1-1.planned.portal"));
            Assert.Contains(list.Entries, e => e.TargetId == "oo-1-1");
        }
    }

    [Fact]
    public void Realisations_and_planning_get_a_fourth_level_number_when_the_profile_says_so()
    {
        var note = TemplateProjects.Note + "\n" + Actions + "profile: {number_sections: true}\n";
        using var project = TemplateProjects.WithNote(note);
        System.IO.Directory.Delete(project.Path("tpl"));
        project.Write("policygen.yaml", Support.TempProject.Volume);
        var (volume, diagnostics) = TemplateProjects.Build(project);
        Assert.Empty(diagnostics);
        var headings = BlockWalker.All(volume.Documents.Single(d => d.Name == "demo").Paired!.Dutch.Blocks).OfType<Heading>().ToList();
        var planning = headings.Single(h => h.Id == "oo-1-1.planning");
        Assert.Equal("IV.1.1.2", planning.Number);
        Assert.Equal("Planning 2022", InlineText.Of(planning.Title));
    }

    [Fact]
    public void A_transversal_objective_is_headed_as_such_and_its_realisations_stand_under_it()
    {
        var note = TemplateProjects.Note.Replace(
            "    title: {fr: Objectif stratégique, nl: Strategische doelstelling}",
            "    title: {fr: Objectif stratégique, nl: Strategische doelstelling}\n    transversal: true\n    realisations: {status: done}",
            StringComparison.Ordinal);
        using var project = TemplateProjects.WithNote(note);
        System.IO.Directory.Delete(project.Path("tpl"));
        project.Write("policygen.yaml", Support.TempProject.Volume);
        var (volume, diagnostics) = TemplateProjects.Build(project);
        Assert.Empty(diagnostics);
        var french = volume.Documents.Single(d => d.Name == "demo").Paired!.French;
        var headings = BlockWalker.All(french.Blocks).OfType<Heading>().ToList();
        Assert.Equal("OO transversal – Objectif stratégique", InlineText.Of(headings.Single(h => h.Id == "os-1").Title));
        Assert.Equal(3, headings.Single(h => h.Id == "os-1.realisations").Level);
    }
}
