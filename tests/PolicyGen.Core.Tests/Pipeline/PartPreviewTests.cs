using PolicyGen.Diagnostics;
using PolicyGen.Documents.Pairing;
using PolicyGen.Pipeline;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Pipeline;

public sealed class PartPreviewTests
{
    private static PartPreviewResult<PairedDocument> Preview(string directory, string note, string part) =>
        PartPreview.Run(directory, note, part, (_, document, _) => document);

    /// <summary>A copy of samples/minimal; deleted on dispose.</summary>
    private static TempProject Minimal()
    {
        var project = new TempProject();
        var source = Repo.Path("samples", "minimal");
        foreach (var file in Directory.EnumerateFiles(source, "*.yaml", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}out{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            project.Write(Path.GetRelativePath(source, file), File.ReadAllText(file));
        }

        return project;
    }

    [Fact]
    public void The_part_is_cut_from_the_note_rendered_in_both_languages()
    {
        var result = Preview(Repo.Path("samples", "minimal"), "open-data", "IV.1");
        Assert.Null(result.Problem);
        Assert.False(result.HasErrors);
        var document = Assert.IsType<PairedDocument>(result.Output);
        Assert.Equal("os-1", result.Part?.Id);
        Assert.Equal(["os-1", "oo-1-1", "oo-1-1.realisations", "oo-1-1.planning", "oo-1-1.planned.a-local"], document.Units.Select(u => u.Id));
        Assert.Single(result.Project!.Notes);
    }

    [Fact]
    public void An_unknown_note_is_a_problem_that_names_the_notes()
    {
        var result = Preview(Repo.Path("samples", "minimal"), "open-date", "IV.1");
        Assert.Equal("no note 'open-date' in this project; its notes are: open-data.", result.Problem);
        Assert.Null(result.Output);
    }

    [Fact]
    public void An_unknown_part_is_a_problem_that_names_the_parts()
    {
        var result = Preview(Repo.Path("samples", "minimal"), "open-data", "IV.2");
        Assert.Contains("no chapter or objective 'IV.2' in the note 'open-data'", result.Problem, StringComparison.Ordinal);
        Assert.Contains("IV.1 (os-1)", result.Problem, StringComparison.Ordinal);
        Assert.Null(result.Output);
    }

    [Fact]
    public void An_error_of_a_content_rule_in_the_note_discards_the_output()
    {
        using var project = Minimal();
        var file = Path.Combine(project.Directory, "notes", "open-data.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("publication de 67 nouveaux", "publication de XXX nouveaux", StringComparison.Ordinal));
        var result = Preview(project.Directory, "open-data", "IV.1");
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Id == "PG3003");
        Assert.Null(result.Output);
        Assert.Null(result.Problem);
    }

    [Fact]
    public void The_other_notes_are_not_read_but_their_files_are_still_resolved()
    {
        using var project = Minimal();
        File.AppendAllText(Path.Combine(project.Directory, "policygen.yaml"), "  - id: broken\n    files: [notes/broken.yaml]\n");
        project.Write("notes/broken.yaml", "title: [unclosed\n");
        Assert.True(ProjectValidation.Run(project.Directory).ErrorCount > 0);

        var result = Preview(project.Directory, "open-data", "IV.1");
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Output);

        // A file listed by two notes is an error of both, read or not.
        File.AppendAllText(Path.Combine(project.Directory, "policygen.yaml"), "  - id: twice\n    files: [notes/open-data.yaml]\n");
        var shared = Preview(project.Directory, "open-data", "IV.1");
        Assert.Contains(shared.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("listed twice", StringComparison.Ordinal));
        Assert.Null(shared.Output);
    }
}
