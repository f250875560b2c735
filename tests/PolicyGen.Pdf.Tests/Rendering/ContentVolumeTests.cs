using PolicyGen.Pdf.Layout.Pagination;
using Xunit.Abstractions;

namespace PolicyGen.Tests.Rendering;

/// <summary>The real notes of <c>content/2021-2022</c> through the whole PDF pipeline.</summary>
public class ContentVolumeTests(ITestOutputHelper output)
{
    [Fact]
    public void The_reference_notes_lay_out_without_overflow_at_about_the_printed_length()
    {
        // The content's own tests (PolicyGen.Core.Tests) report its errors; this test only checks the layout of the
        // content volume the PDF tests share (built once per run).
        var layout = ContentPdf.Layout;
        if (Environment.GetEnvironmentVariable("POLICYGEN_PDF_OUT") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, "content.pdf"), ContentPdf.Pdf);
            File.WriteAllText(Path.Combine(folder, "content.layout.txt"), LayoutDump.Write(layout));
        }

        foreach (var group in layout.Pages.GroupBy(p => p.Document))
        {
            output.WriteLine($"{group.Key}: {group.Count()} pages");
        }

        foreach (var warning in layout.Warnings)
        {
            output.WriteLine(warning);
        }

        Assert.DoesNotContain(layout.Warnings, w => w.Contains("overflows", StringComparison.Ordinal));
        AssertPageRules(layout, PageSettings.Default);
        AssertPrintedLength(layout);
    }

    /// <summary>The guide's calibration check: each note within 15 % of its printed page count.</summary>
    private void AssertPrintedLength(LayoutResult layout)
    {
        var printed = new Dictionary<string, int> { ["digitalisation"] = 75, ["simplification"] = 63, ["equal-opportunities"] = 33 };
        foreach (var (note, pages) in printed)
        {
            var ours = layout.Pages.Count(p => p.Document == note);
            output.WriteLine($"{note}: {ours} pages, printed {pages} ({(ours - pages) * 100.0 / pages:+0.0;-0.0} %)");
            Assert.InRange(ours, pages * 0.85, pages * 1.15);
        }
    }

    /// <summary>
    /// The checks on the real notes: no line wider than its column, both columns level at every sync
    /// point (within 0.5 pt), never more than two hyphenated lines in a row in a column, no column ending with a heading.
    /// </summary>
    private void AssertPageRules(LayoutResult layout, PageSettings page)
    {
        var problems = new List<string>();
        int levelPairs = 0, hyphenated = 0, lines = 0;
        foreach (var laid in layout.Pages)
        {
            // No column ends with a heading (it keeps two lines of what follows), except on a note's last page.
            var lastOfDocument = laid == layout.Pages.Last(p => p.Document == laid.Document);
            foreach (var column in laid.Regions.Where(r => r.Kind == RegionKind.Column && r.Lines.Count > 0 && !laid.IsTitlePage && !lastOfDocument))
            {
                var last = column.Lines.MaxBy(l => l.Baseline)!;
                if (last.Structure.Count > 0 && last.Structure[^1].Role == StructureRole.Heading)
                {
                    problems.Add($"page {laid.Number}: the {column.Language} column ends with a heading: {last.Text}");
                }
            }

            foreach (var region in laid.Regions.Where(r => r.Kind is RegionKind.Column or RegionKind.Footnotes))
            {
                var right = page.ColumnLeft(region.Column) + page.ColumnWidth;
                var run = 0;
                foreach (var line in region.Lines)
                {
                    if (line.X + line.Width > right + 0.01)
                    {
                        problems.Add($"page {laid.Number}: a line ends {line.X + line.Width - right:F2} pt beyond its column: {line.Text}");
                    }

                    lines++;
                    hyphenated += line.Hyphenated ? 1 : 0;
                    run = line.Hyphenated ? run + 1 : 0;
                    if (run > 2)
                    {
                        problems.Add($"page {laid.Number}: three hyphenated lines in a row, ending with: {line.Text}");
                    }
                }
            }

            foreach (var pair in laid.Anchors.GroupBy(a => a.Id).Where(g => g.Select(a => a.Language).Distinct().Count() == 2))
            {
                levelPairs++;
                var ys = pair.GroupBy(a => a.Language).Select(g => g.Min(a => a.Y)).ToList();
                if (Math.Abs(ys[0] - ys[1]) > 0.5)
                {
                    problems.Add($"page {laid.Number}: '{pair.Key}' starts at {ys[0]:F1} and {ys[1]:F1} pt");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(30)));

        output.WriteLine($"{lines} lines, {hyphenated} hyphenated ({hyphenated * 100.0 / lines:F1} %), {levelPairs} sync points side by side");

        // The print hyphenates about one line in twenty; one in ten is the most we accept.
        Assert.True(hyphenated <= lines / 10, $"{hyphenated} of {lines} lines end in a hyphen ({hyphenated * 100.0 / lines:F1} %)");

        // The checks saw the real thing: hundreds of sync points and lines, some of them hyphenated.
        Assert.True(levelPairs > 200 && lines > 10_000 && hyphenated > 0, $"{levelPairs} sync points, {lines} lines, {hyphenated} hyphenated");
    }
}
