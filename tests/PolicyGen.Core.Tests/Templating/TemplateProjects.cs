using PolicyGen.Diagnostics;
using PolicyGen.Pipeline;
using PolicyGen.Rendering;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Templating;

/// <summary>Small projects with their own template folder (<c>tpl/</c>) over the default set.</summary>
internal static class TemplateProjects
{
    public const string Volume = TempProject.Volume + "\ntemplates: tpl\n";

    public const string Note = TempProject.Chapters + """
        title: {fr: Démo, nl: Demo}
        strategic_objectives:
          - number: 1
            title: {fr: Objectif stratégique, nl: Strategische doelstelling}
            operational_objectives:
              - number: "1.1"
                title: {fr: Objectif opérationnel, nl: Operationele doelstelling}
                description: {fr: Une description de l'objectif., nl: Een beschrijving van de doelstelling.}
        """;

    /// <summary>A project whose template folder holds the given files (name → text).</summary>
    public static TempProject With(params (string Name, string Text)[] templates) => WithNote(Note, templates);

    public static TempProject WithNote(string note, params (string Name, string Text)[] templates)
    {
        var project = TempProject.WithNote(note, Volume);
        System.IO.Directory.CreateDirectory(project.Path("tpl"));
        foreach (var (name, text) in templates)
        {
            project.Write("tpl/" + name, text);
        }

        return project;
    }

    /// <summary>Validates (without errors) and builds the project; the build's diagnostics.</summary>
    public static (BuiltVolume Volume, IReadOnlyList<Diagnostic> Diagnostics) Build(TempProject project)
    {
        var validation = ProjectValidation.Run(project.Directory);
        Assert.True(validation.Succeeded, string.Join('\n', validation.Diagnostics.Where(d => d.Severity == Severity.Error)));
        var bag = new DiagnosticBag();
        var volume = VolumeBuilder.Build(validation.Project!, bag);
        return (volume, bag.Sorted());
    }
}
