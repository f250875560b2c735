using PolicyGen.Diagnostics;
using PolicyGen.Docx;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using PolicyGen.Pipeline;
using PolicyGen.Rendering;
using PolicyGen.Templating;

namespace PolicyGen.Tests.Support;

/// <summary>The repository's projects built to paired documents, and written as DOCX the way <c>policygen build</c> will.</summary>
public static class Samples
{
    private static readonly Lazy<(Project, BuiltVolume)> MinimalBuild = new(() => Build(Repo.Path("samples", "minimal")));
    private static readonly Lazy<(Project, BuiltVolume)> ContentBuild = new(() => Build(Repo.Path("content", "2021-2022")));

    public static (Project Project, BuiltVolume Volume) Minimal => MinimalBuild.Value;

    public static (Project Project, BuiltVolume Volume) Content => ContentBuild.Value;

    /// <summary>The names of the content notes.</summary>
    public static IEnumerable<object[]> ContentNotes =>
        new[] { "digitalisation", "simplification", "equal-opportunities" }.Select(n => new object[] { n });

    public static PairedDocument Paired((Project Project, BuiltVolume Volume) build, string name) =>
        build.Volume.Documents.Single(d => d.Name == name).Paired ?? throw new InvalidOperationException(name + " was not paired");

    public static IReadOnlyList<PairedDocument> All((Project Project, BuiltVolume Volume) build) =>
        [.. build.Volume.Documents.Select(d => d.Paired ?? throw new InvalidOperationException(d.Name + " was not paired"))];

    public static DocxWriteOptions Options(Project project) => new()
    {
        Reference = $"{project.Volume.Reference} - {project.Volume.Session}",
        Title = project.Volume.Title?.Fr ?? string.Empty,
        Author = project.Volume.Authority?.Fr ?? string.Empty,
        Subject = project.Volume.Title?.Nl ?? string.Empty,
        Timestamp = project.Volume.Date is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : default,
    };

    /// <summary>The DOCX bytes of some documents of a build.</summary>
    public static byte[] Docx((Project Project, BuiltVolume Volume) build, IReadOnlyList<PairedDocument> documents, DocxWriteOptions? options = null, DiagnosticBag? diagnostics = null)
    {
        using var output = new MemoryStream();
        DocxWriter.Write(documents, output, options ?? Options(build.Project), diagnostics);
        return output.ToArray();
    }

    private static (Project, BuiltVolume) Build(string directory)
    {
        var validation = ProjectValidation.Run(directory);
        var errors = validation.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(validation.Project is not null && errors.Count == 0, "The project does not validate:\n" + string.Join('\n', errors));
        var bag = new DiagnosticBag();
        var volume = VolumeBuilder.Build(validation.Project!, bag, TemplateFolders.Default(Repo.Path("templates", "a453")));
        var buildErrors = bag.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(buildErrors.Count == 0, "The build reported errors:\n" + string.Join('\n', buildErrors));
        return (validation.Project!, volume);
    }
}
