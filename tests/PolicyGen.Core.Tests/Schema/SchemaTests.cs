using System.Text.Json.Nodes;
using Json.Schema;
using PolicyGen.Diagnostics;
using PolicyGen.Loading.Yaml;
using PolicyGen.Schema;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Schema;

public class SchemaTests
{
    [Fact]
    public void Committed_schemas_are_up_to_date()
    {
        Golden.AssertMatches(Repo.Path("schemas", "volume.schema.json"), JsonSchemaWriter.VolumeSchema());
        Golden.AssertMatches(Repo.Path("schemas", "note.schema.json"), JsonSchemaWriter.NoteSchema());
    }

    public static TheoryData<string> ValidFiles()
    {
        var data = new TheoryData<string>();
        foreach (var dir in new[] { Repo.Path("samples", "minimal"), Repo.Path("content", "2021-2022") })
        {
            foreach (var f in Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(Repo.Root, f));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Samples_and_content_satisfy_the_schema(string file)
    {
        var results = Evaluate(file);
        Assert.True(results.IsValid, $"{file}: {Describe(results)}");
    }

    [Theory]
    [InlineData("samples/invalid/unknown-key/note.yaml")]
    [InlineData("samples/invalid/wrong-kind/note.yaml")]
    [InlineData("samples/invalid/invalid-value/note.yaml")]
    [InlineData("samples/invalid/thresholds-incomplete/note.yaml", false)]
    public void Structural_mistakes_are_rejected_by_the_schema(string file, bool rejected = true) =>
        Assert.Equal(rejected, !Evaluate(file).IsValid);

    private static EvaluationResults Evaluate(string file)
    {
        var isVolume = Path.GetFileName(file) == "policygen.yaml";
        var schema = JsonSchema.FromText(isVolume ? JsonSchemaWriter.VolumeSchema() : JsonSchemaWriter.NoteSchema());
        var bag = new DiagnosticBag();
        var node = new SafeYamlReader().ReadFile(Repo.Path(file), file, bag);
        Assert.Empty(bag.Items);
        return schema.Evaluate(System.Text.Json.JsonDocument.Parse(ToJson(node!)!.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Take(5).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));

    /// <summary>YAML as an editor's plugin sees it (YAML 1.2 core schema): plain scalars may be numbers, booleans, null.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMapping m => new JsonObject(m.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
        YamlSequence s => new JsonArray([.. s.Items.Select(ToJson)]),
        YamlScalar { IsNull: true } => null,
        YamlScalar { IsPlain: true, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalar { IsPlain: true } n when long.TryParse(n.Value, out var l) => JsonValue.Create(l),
        YamlScalar { IsPlain: true } n when System.Text.RegularExpressions.Regex.IsMatch(n.Value, @"^-?\d+\.\d+$")
            => JsonValue.Create(decimal.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture)),
        YamlScalar s => JsonValue.Create(s.Value),
        _ => null,
    };
}
