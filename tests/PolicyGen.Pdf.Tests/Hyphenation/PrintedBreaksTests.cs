using PolicyGen.Pdf.Hyphenation;

namespace PolicyGen.Tests.Hyphenation;

/// <summary>
/// The line-end hyphenations of the printed volume (both columns, 642 breaks) as an external check: almost every
/// break the printer made must be one our French or Dutch hyphenator allows. The few exceptions are explicit hyphens
/// that the extraction lost and that no capital betrays (<c>Lunch-evenementen</c>, <c>opleidings- en</c>) and
/// printer slips (<c>doels-tellingen</c>).
/// </summary>
public class PrintedBreaksTests
{
    [Fact]
    public void Nearly_all_printed_breaks_are_allowed()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Hyphenation", "Data", "printed-breaks.tsv");
        var breaks = File.ReadLines(path)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .ToList();

        var missed = breaks
            .Where(parts => !Allowed(parts[0], parts[1]))
            .Select(parts => parts[0] + "-" + parts[1])
            .ToList();

        Assert.Equal(642, breaks.Count);
        Assert.True(missed.Count <= 10, $"{missed.Count} printed breaks not allowed: {string.Join(", ", missed)}");
    }

    /// <summary>
    /// Whether the printed break is one we allow. The extraction drops line-end hyphens, so a compound with a capital
    /// on either side of the break (<c>Bruxelles-Capitale</c>, <c>CIBG-overheidsopdrachten</c>) is taken as an explicit
    /// hyphen; any other break must be a hyphenation point of the joined word.
    /// </summary>
    private static bool Allowed(string before, string after)
    {
        if (char.IsUpper(before[^1]) || char.IsUpper(after[0]))
        {
            var compound = before + "-" + after;
            return Any(compound, before.Length + 1, WordBreakKind.ExplicitHyphen);
        }

        return Any(before + after, before.Length, WordBreakKind.Hyphenation);
    }

    private static bool Any(string word, int position, WordBreakKind kind) =>
        Hyphenators.French.FindBreaks(word).Contains(new WordBreak(position, kind))
        || Hyphenators.Dutch.FindBreaks(word).Contains(new WordBreak(position, kind));
}
