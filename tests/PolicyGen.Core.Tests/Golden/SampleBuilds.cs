using PolicyGen.Diagnostics;
using PolicyGen.Pipeline;
using PolicyGen.Rendering;
using PolicyGen.Templating;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.GoldenFiles;

/// <summary>Builds a project folder of the repository with the default templates, failing on any error.</summary>
public static class SampleBuilds
{
    public static BuiltVolume Build(string directory)
    {
        var validation = ProjectValidation.Run(directory);
        var errors = validation.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(validation.Project is not null && errors.Count == 0,
            "The project does not validate:\n" + string.Join('\n', errors));
        var bag = new DiagnosticBag();
        var volume = VolumeBuilder.Build(validation.Project!, bag, TemplateFolders.Default(Repo.Path("templates", "a453")));
        var buildErrors = bag.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(buildErrors.Count == 0, "The build reported errors:\n" + string.Join('\n', buildErrors));
        return volume;
    }
}
