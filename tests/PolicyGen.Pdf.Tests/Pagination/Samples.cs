using PolicyGen.Diagnostics;
using PolicyGen.Documents.Pairing;
using PolicyGen.Pipeline;
using PolicyGen.Rendering;
using PolicyGen.Templating;

namespace PolicyGen.Tests.Pagination;

/// <summary>Paired documents built from the repository's projects with the default templates.</summary>
public static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The cover and notes of a project, paired; fails on any error.</summary>
    public static IReadOnlyList<PairedDocument> Build(params string[] projectPath)
    {
        var validation = ProjectValidation.Run(Path(projectPath));
        var errors = validation.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(validation.Project is not null && errors.Count == 0, "The project does not validate:\n" + string.Join('\n', errors));
        var bag = new DiagnosticBag();
        var volume = VolumeBuilder.Build(validation.Project!, bag, TemplateFolders.Default(Path("templates", "a453")));
        var buildErrors = bag.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(buildErrors.Count == 0, "The build reported errors:\n" + string.Join('\n', buildErrors));
        return [.. volume.Documents.Select(d => d.Paired).OfType<PairedDocument>()];
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

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PolicyLetterGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
