namespace PolicyGen.Tests;

public class SchemaCommandTests
{
    [Fact]
    public void Writes_both_schemas()
    {
        using var dir = new TempDir();
        var (exit, _, _) = Cli.Run("schema", "--out", dir.Path);
        Assert.Equal(0, exit);
        var volume = File.ReadAllText(Path.Combine(dir.Path, "volume.schema.json"));
        var note = File.ReadAllText(Path.Combine(dir.Path, "note.schema.json"));
        Assert.Contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\"", volume, StringComparison.Ordinal);
        Assert.Contains("\"strategic_objectives\"", note, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Repo.Path("schemas", "note.schema.json")), note);
    }
}
