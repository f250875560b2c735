namespace PolicyGen.Tests;

public class InitCommandTests
{
    [Fact]
    public void A_new_project_validates_cleanly_and_builds()
    {
        using var dir = new TempDir();
        var project = Path.Combine(dir.Path, "new");
        Assert.Equal(0, Cli.Run("init", project, "--note", "mobility").Exit);
        Assert.True(File.Exists(Path.Combine(project, "schemas", "note.schema.json")));
        Assert.StartsWith("# yaml-language-server: $schema=../schemas/note.schema.json", File.ReadAllText(Path.Combine(project, "notes", "mobility.yaml")), StringComparison.Ordinal);
        var (exit, output, _) = Cli.Run("validate", project);
        Assert.Equal(0, exit);
        Assert.Equal("1 note checked: 0 errors, 0 warnings.\n", output);
        Assert.Equal(0, Cli.Run("build", project, "--format", "md,ast").Exit);
        Assert.True(File.Exists(Path.Combine(project, "out", "mobility.fr.md")));
    }

    [Fact]
    public void Init_refuses_an_existing_project()
    {
        using var dir = new TempDir();
        Assert.Equal(0, Cli.Run("init", dir.Path).Exit);
        var (exit, _, err) = Cli.Run("init", dir.Path);
        Assert.Equal(1, exit);
        Assert.Contains("exists already", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_refuses_a_bad_note_id() => Assert.Equal(2, Cli.Run("init", "x", "--note", "Bad Id").Exit);
}
