using System.Text.Json;

namespace PolicyGen.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Minimal_sample_is_clean()
    {
        var (exit, output, _) = Cli.Run("validate", Repo.Path("samples", "minimal"));
        Assert.Equal(0, exit);
        Assert.Equal("1 note checked: 0 errors, 0 warnings.\n", output);
    }

    public static TheoryData<string> InvalidSamples()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Repo.Path("samples", "invalid")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public void Each_invalid_sample_gives_its_documented_diagnostics(string name)
    {
        var dir = Repo.Path("samples", "invalid", name);
        var expected = File.ReadAllText(Path.Combine(dir, "expected.txt")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var (exit, output, _) = Cli.Run("validate", dir);
        var relative = output.Replace(dir + "/", string.Empty, StringComparison.Ordinal).Replace($"'{dir}'", "'.'", StringComparison.Ordinal)
            .Replace(dir + ":", ".:", StringComparison.Ordinal);
        Assert.Equal(expected, relative);
        Assert.Equal(1, exit);
        Assert.Contains(" error PG", relative, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_lists_every_diagnostic()
    {
        var (exit, output, _) = Cli.Run("validate", Repo.Path("samples", "invalid", "number-mismatch"), "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(2, doc.RootElement.GetProperty("errors").GetInt32());
        var first = doc.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("PG3060", first.GetProperty("code").GetString());
        Assert.Equal(11, first.GetProperty("line").GetInt32());
        Assert.EndsWith("note.yaml", first.GetProperty("file").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Github_format_follows_the_workflow_command_syntax()
    {
        var (_, output, _) = Cli.Run("validate", Repo.Path("samples", "invalid", "merge-conflict"), "--format", "github");
        var line = output.Split('\n')[0];
        Assert.Matches(@"^::error file=[^,:]+b\.yaml,line=3,col=17,title=PG2001 Defined twice::'strategic_objectives\[number=1\]\.title\.fr' is defined twice: here and at .*a\.yaml\(9,17\)$", line);
    }

    [Fact]
    public void Github_format_escapes_properties_and_data()
    {
        var d = new PolicyGen.Diagnostics.Diagnostic(PolicyGen.Diagnostics.DiagnosticDescriptors.YamlSyntax,
            PolicyGen.Diagnostics.Severity.Warning, new("a,b:c.yaml", 1, 2), "50% done\nnext");
        Assert.Equal("::warning file=a%2Cb%3Ac.yaml,line=1,col=2,title=PG0005 YAML syntax error::50%25 done%0Anext",
            PolicyGen.Cli.Reporting.DiagnosticWriter.Github(d));
    }

    [Fact]
    public void Warnings_fail_only_with_warnaserror()
    {
        using var dir = new TempDir();
        dir.CopyFrom(Repo.Path("samples", "minimal"));
        var note = Path.Combine(dir.Path, "notes", "open-data.yaml");
        File.WriteAllText(note, File.ReadAllText(note).Replace("deadline: 2024", "deadline: 2030", StringComparison.Ordinal));
        Assert.Equal(0, Cli.Run("validate", dir.Path).Exit);
        Assert.Equal(1, Cli.Run("validate", dir.Path, "--warnaserror").Exit);
    }

    [Theory]
    [InlineData("validate", "--bogus")]
    [InlineData("validate", "--format", "xml")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, err) = Cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("policygen:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_0() => Assert.Equal(0, Cli.Run("--help").Exit);
}
