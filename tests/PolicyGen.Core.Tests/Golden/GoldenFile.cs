using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace PolicyGen.Tests.GoldenFiles;

/// <summary>
/// Golden files: the expected output is committed beside the test as <c>Name.verified.ext</c>. On a mismatch
/// the test writes <c>Name.actual.ext</c> next to it (git-ignored) and fails with a readable line diff.
/// Set <c>POLICYGEN_ACCEPT=1</c> to accept new output (refused when <c>CI</c> is set).
/// </summary>
public static class GoldenFile
{
    public const string AcceptVariable = "POLICYGEN_ACCEPT";

    /// <summary>Compares <paramref name="actual"/> with <c>name.verified.extension</c> in the caller's folder.</summary>
    public static void Verify(string actual, string name, string extension, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.GetDirectoryName(callerPath)!;
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.actual.{extension}");
        actual = Normalise(actual);
        var expected = File.Exists(verified) ? Normalise(File.ReadAllText(verified)) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        if (Accepting)
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No golden file {Path.GetFileName(verified)} yet; the output was written to {Path.GetFileName(received)}. Review it, then run with {AcceptVariable}=1."
            : $"{Path.GetFileName(verified)} differs (actual output in {Path.GetFileName(received)}; accept with {AcceptVariable}=1):\n{Diff(expected, actual)}";
        throw new XunitException(message);
    }

    /// <summary>Whether new output is accepted: the variable is set and this is not a CI run.</summary>
    public static bool Accepting =>
        Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true"
        && Environment.GetEnvironmentVariable("CI") is not ("true" or "1");

    /// <summary>A unified-style diff: changed lines with <c>-</c>/<c>+</c> and three lines of context.</summary>
    public static string Diff(string expected, string actual, int context = 3, int maxLines = 200)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type != ChangeType.Unchanged)
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++)
                {
                    show[j] = true;
                }
            }
        }

        var output = new StringBuilder();
        var written = 0;
        var skipped = false;
        for (var i = 0; i < lines.Count && written < maxLines; i++)
        {
            if (!show[i])
            {
                skipped = true;
                continue;
            }

            if (skipped)
            {
                output.Append("@@ line ").Append(lines[i].Position ?? i + 1).Append(" @@\n");
                skipped = false;
            }

            var prefix = lines[i].Type switch
            {
                ChangeType.Deleted => "- ",
                ChangeType.Inserted => "+ ",
                _ => "  ",
            };
            output.Append(prefix).Append(lines[i].Text).Append('\n');
            written++;
        }

        return output.ToString();
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
