using System.Globalization;
using PolicyGen.Diagnostics;
using PolicyGen.Pipeline;

namespace PolicyGen.Tests.Content;

/// <summary>
/// content/2021-2022 validates without errors, and every warning left is one that ERRATA.md lists as a
/// disagreement of the print kept on purpose ("Warnings that remain": file, code, count).
/// </summary>
public class ErrataTests
{
    [Fact]
    public void The_content_validates_and_its_remaining_warnings_are_exactly_those_in_the_errata()
    {
        var result = ProjectValidation.Run(RepoPaths.ContentDirectory);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var prefix = RepoPaths.ContentDirectory.TrimEnd('/') + "/";
        var actual = result.Diagnostics
            .GroupBy(d => (File: d.Location.Path.Replace(prefix, string.Empty, StringComparison.Ordinal), Code: d.Id))
            .ToDictionary(g => $"{g.Key.File} {g.Key.Code}", g => g.Count());
        Assert.Equal(Listed().OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    private static Dictionary<string, int> Listed()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.ContentDirectory, "ERRATA.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("| file |", StringComparison.Ordinal));
        Assert.True(start >= 0, "ERRATA.md has no '| file | code | count | entry |' table");
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 2).TakeWhile(l => l.StartsWith('|')))
        {
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            rows[$"{cells[1].Trim('`')} {cells[2].Trim('`')}"] = int.Parse(cells[3], CultureInfo.InvariantCulture);
        }

        return rows;
    }
}
