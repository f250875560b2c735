using System.Text;

namespace PolicyGen.Tests;

/// <summary>
/// Hostile files, as the project file or as a note file: each gives one located diagnostic and exit 1,
/// never a stack trace. (Their speed is measured in bench/, not here.)
/// </summary>
public class HostileInputTests
{
    private const string Volume = "reference: A-1/1\nsession: 2021/2022\nparliament: {fr: P, nl: P}\nauthority: {fr: G, nl: R}\nnotes:\n  - id: demo\n    files: [note.yaml]\n";

    public static TheoryData<string, string> Cases() => new()
    {
        { "huge", "PG0002" },
        { "deep", "PG0006" },
        { "alias-bomb", "PG0008" },
        { "binary", "PG0004" },
        { "invalid-utf8", "PG0003" },
        { "nul", "PG0004" },
        { "empty", "PG0012" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void As_a_note_file(string kind, string code) => Check(kind, code, asProjectFile: false);

    [Theory]
    [MemberData(nameof(Cases))]
    public void As_the_project_file(string kind, string code) => Check(kind, code, asProjectFile: true);

    [Fact]
    public void An_include_outside_the_project_is_refused()
    {
        using var dir = new TempDir();
        File.WriteAllText(Path.Combine(dir.Path, "policygen.yaml"), Volume.Replace("[note.yaml]", "[../../etc/passwd]", StringComparison.Ordinal));
        var (exit, output, err) = Cli.Run("validate", dir.Path);
        Assert.Equal(1, exit);
        Assert.Contains("policygen.yaml(6,5): error PG0013", output, StringComparison.Ordinal);
        Assert.Empty(err);
    }

    [Fact]
    public void A_symbolic_link_leading_out_of_the_project_is_refused()
    {
        using var dir = new TempDir();
        using var outside = new TempDir();
        File.WriteAllText(Path.Combine(outside.Path, "secret.yaml"), "title: {fr: a, nl: b}\n");
        File.WriteAllText(Path.Combine(dir.Path, "policygen.yaml"), Volume);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "note.yaml"), Path.Combine(outside.Path, "secret.yaml"));
        var (exit, output, _) = Cli.Run("validate", dir.Path);
        Assert.Equal(1, exit);
        Assert.Contains("PG0013", output, StringComparison.Ordinal);
    }

    private static void Check(string kind, string code, bool asProjectFile)
    {
        using var dir = new TempDir();
        var target = Path.Combine(dir.Path, asProjectFile ? "policygen.yaml" : "note.yaml");
        if (!asProjectFile)
        {
            File.WriteAllText(Path.Combine(dir.Path, "policygen.yaml"), Volume);
        }

        Write(target, kind);
        var (exit, output, err) = Cli.Run("validate", dir.Path);
        Assert.Equal(1, exit);
        Assert.Empty(err);
        var name = Path.GetFileName(target);
        Assert.Matches($@"{name}\(\d+,\d+\): error {code}: ", output);
    }

    private static void Write(string path, string kind)
    {
        switch (kind)
        {
            case "huge":
                using (var f = File.Create(path))
                {
                    var line = Encoding.UTF8.GetBytes("- " + new string('x', 1000) + "\n");
                    for (var written = 0L; written < 50L * 1024 * 1024; written += line.Length)
                    {
                        f.Write(line);
                    }
                }

                break;
            case "deep":
                File.WriteAllText(path, "a: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
                break;
            case "alias-bomb":
                var sb = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                for (var i = 1; i < 12; i++)
                {
                    sb.Append($"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i - 1)}", 9))}]\n");
                }

                File.WriteAllText(path, sb.ToString());
                break;
            case "binary":
                File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0xD8]);
                break;
            case "invalid-utf8":
                File.WriteAllBytes(path, [.. "title: {fr: caf"u8.ToArray(), 0xE9, 0xFF, .. ", nl: b}\n"u8.ToArray()]);
                break;
            case "nul":
                File.WriteAllBytes(path, [.. "title: {fr: a"u8.ToArray(), 0x00, .. ", nl: b}\n"u8.ToArray()]);
                break;
            default:
                File.WriteAllText(path, string.Empty);
                break;
        }
    }
}
