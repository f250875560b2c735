using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace PolicyGen.Tests.Pagination;

/// <summary>
/// Golden files beside the test: <c>Name.verified.ext</c>. On a mismatch the test writes <c>Name.actual.ext</c> and
/// fails showing the first differing lines; <c>POLICYGEN_ACCEPT=1</c> accepts new output (not when <c>CI</c> is set).
/// </summary>
public static class GoldenFile
{
    public static void Verify(string actual, string name, string extension, [CallerFilePath] string callerPath = "")
    {
        var folder = Path.GetDirectoryName(callerPath)!;
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.actual.{extension}");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        var accepting = Environment.GetEnvironmentVariable("POLICYGEN_ACCEPT") is "1" or "true"
            && Environment.GetEnvironmentVariable("CI") is not ("true" or "1");
        if (accepting)
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        if (expected is null)
        {
            throw new XunitException($"No golden file {Path.GetFileName(verified)} yet; output written to {Path.GetFileName(received)}. Review it, then run with POLICYGEN_ACCEPT=1.");
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
        var report = new StringBuilder($"{Path.GetFileName(verified)} differs from line {first + 1} (actual output in {Path.GetFileName(received)}):\n");
        for (var i = first; i < Math.Min(first + 8, Math.Max(expectedLines.Length, actualLines.Length)); i++)
        {
            report.Append("- ").Append(i < expectedLines.Length ? expectedLines[i] : string.Empty).Append('\n');
            report.Append("+ ").Append(i < actualLines.Length ? actualLines[i] : string.Empty).Append('\n');
        }

        throw new XunitException(report.ToString());
    }
}
