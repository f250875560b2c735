using PolicyGen.Diagnostics;
using PolicyGen.Documents.Pairing;
using PolicyGen.Pipeline;
using PolicyGen.Rendering;
using PolicyGen.Templating;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Pagination;

/// <summary>Paired documents built from the repository's projects with the default templates.</summary>
public static class Samples
{
    public static string Path(params string[] parts) => Repo.Path(parts);

    /// <summary>The cover and notes of a project, paired; fails on any error.</summary>
    public static IReadOnlyList<PairedDocument> Build(params string[] projectPath)
    {
        var documents = TryBuild(out var errors, projectPath);
        Assert.True(documents is not null, "The project does not build:\n" + errors);
        return documents;
    }

    /// <summary>Like <see cref="Build"/>, but null (with the errors) when the project does not build.</summary>
    public static IReadOnlyList<PairedDocument>? TryBuild(out string errors, params string[] projectPath)
    {
        var validation = ProjectValidation.Run(Path(projectPath));
        var problems = validation.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
        if (validation.Project is null || problems.Count > 0)
        {
            errors = string.Join('\n', problems);
            return null;
        }

        var bag = new DiagnosticBag();
        var volume = VolumeBuilder.Build(validation.Project, bag, TemplateFolders.Default(Path("templates", "a453")));
        errors = string.Join('\n', bag.Items.Where(d => d.Severity == Severity.Error));
        return errors.Length > 0 ? null : [.. volume.Documents.Select(d => d.Paired).OfType<PairedDocument>()];
    }
}
