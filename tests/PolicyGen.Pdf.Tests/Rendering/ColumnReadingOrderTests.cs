using System.Text;
using PolicyGen.Pdf.Layout.Pagination;

namespace PolicyGen.Tests.Rendering;

/// <summary>
/// Issue #5 on the real notes of <c>content/2021-2022</c>: pdftotext of each page gives the whole left column (with its
/// footnotes), then the whole right column. The check compares each page's text with the layout's own lines, ignoring
/// white space and hyphens (pdftotext joins a hyphenated line end to the next line).
/// </summary>
public class ColumnReadingOrderTests
{
    [RequiresProgramFact("pdftotext")]
    public void Pdftotext_raw_gives_each_page_left_column_then_right_column() => AssertColumnsInOrder("-raw");

    /// <summary>
    /// Default mode orders text by position, and reads the synchronised columns section by section (poppler takes
    /// the level pairs of blocks for a table; see docs/reading-order.md), but never puts text of both columns on one
    /// line: each extracted line lies within one column (or the header, or content across both columns).
    /// </summary>
    [RequiresProgramFact("pdftotext")]
    public void Pdftotext_default_mode_never_mixes_the_columns_on_a_line()
    {
        var (layout, path) = (ContentPdf.Layout, ContentPdf.Path);
        var (code, output) = Programs.Run("pdftotext", ["-enc", "UTF-8", path, "-"]);
        Assert.Equal(0, code);
        var pages = output.Split('\f');
        var problems = new List<string>();
        var checkedLines = 0;
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            var page = layout.Pages[i];
            var parts = page.Regions.GroupBy(r => r.Kind is RegionKind.Column or RegionKind.Footnotes ? $"column {r.Column}" : r.Kind.ToString())
                .Select(g => Normalize(string.Concat(g.SelectMany(r => r.Lines).Select(l => l.Text)))).ToList();
            foreach (var line in pages[i].Split('\n').Select(Normalize).Where(l => l.Length > 0))
            {
                checkedLines++;
                if (!parts.Any(part => part.Contains(line, StringComparison.Ordinal)))
                {
                    problems.Add($"PDF page {i + 1}: '{line}' is not within one column");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} lines:\n" + string.Join('\n', problems.Take(15)));
        Assert.True(checkedLines > 10_000, $"only {checkedLines} lines were checked");
    }

    private static void AssertColumnsInOrder(params string[] mode)
    {
        var (layout, path) = (ContentPdf.Layout, ContentPdf.Path);
        var (code, output) = Programs.Run("pdftotext", [.. mode, "-enc", "UTF-8", path, "-"]);
        Assert.Equal(0, code);
        var pages = output.Split('\f');
        Assert.True(pages.Length >= layout.Pages.Count, $"pdftotext gave {pages.Length} pages for {layout.Pages.Count}");

        var problems = new List<string>();
        for (var i = 0; i < layout.Pages.Count; i++)
        {
            if (ColumnOrderProblem(layout.Pages[i], pages[i]) is { } problem)
            {
                problems.Add($"PDF page {i + 1} (page {layout.Pages[i].Number}): {problem}");
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} of {layout.Pages.Count} pages:\n" + string.Join('\n', problems.Take(15)));
    }

    /// <summary>Null when the page text holds the left column's text, then the right column's, each in one piece.</summary>
    private static string? ColumnOrderProblem(LayoutPage page, string extracted)
    {
        var text = Normalize(extracted);
        var end = 0;
        foreach (var column in new[] { 0, 1 })
        {
            var expected = Normalize(string.Concat(page.Regions
                .Where(r => r.Column == column && r.Kind is RegionKind.Column or RegionKind.Footnotes)
                .SelectMany(r => r.Lines).Select(l => l.Text)));
            if (expected.Length == 0)
            {
                continue;
            }

            var at = text.IndexOf(expected, end, StringComparison.Ordinal);
            if (at < 0)
            {
                var head = expected[..Math.Min(40, expected.Length)];
                return $"the {(column == 0 ? "left" : "right")} column ({head}…) is not one piece after the text before it; pdftotext gives:\n"
                    + extracted[..Math.Min(600, extracted.Length)];
            }

            end = at + expected.Length;
        }

        return null;
    }

    /// <summary>The text without white space and hyphens.</summary>
    private static string Normalize(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '\u00AD' or '\u2010' or '\u2011'))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }
}
