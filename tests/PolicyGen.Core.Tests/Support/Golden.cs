using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace PolicyGen.Tests.Support;

/// <summary>
/// Compares text with a committed file. On a difference the test fails with a readable line diff and
/// writes <c>*.actual.*</c> beside the expected file; with <c>POLICYGEN_ACCEPT=1</c> it overwrites the
/// expected file instead (never in CI).
/// </summary>
public static class Golden
{
    public const string AcceptVariable = "POLICYGEN_ACCEPT";

    public static void AssertMatches(string expectedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }

        var ext = Path.GetExtension(expectedPath);
        File.WriteAllText(Path.ChangeExtension(expectedPath, ".actual" + ext), actual);
        Assert.Fail($"{expectedPath} differs from the output (set {AcceptVariable}=1 to accept):\n{Diff(expected ?? string.Empty, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var model = InlineDiffBuilder.Diff(expected, actual);
        var lines = new List<string>();
        for (var i = 0; i < model.Lines.Count && lines.Count < 60; i++)
        {
            var line = model.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            lines.Add($"{(line.Type == ChangeType.Inserted ? "+" : "-")} {line.Text}");
        }

        return string.Join('\n', lines);
    }
}
