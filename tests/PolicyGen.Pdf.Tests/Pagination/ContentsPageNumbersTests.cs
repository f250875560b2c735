using PolicyGen.Documents;
using PolicyGen.Pdf.Layout.Pagination;
using PolicyGen.Pdf.Rendering;
using PolicyGen.Tests.Rendering;

namespace PolicyGen.Tests.Pagination;

/// <summary>Filling in the page numbers of the tables of contents must not move anything else.</summary>
public class ContentsPageNumbersTests
{
    [Fact]
    public void Filling_in_the_contents_page_numbers_changes_no_line_of_the_layout_but_the_numbers_and_leaders()
    {
        var documents = ContentPdf.Documents;

        // The same notes whose contents point nowhere: every page number is left blank.
        var blank = documents.Select(d => d with { Units = [.. d.Units.Select(u => u with { Fr = Unlinked(u.Fr), Nl = Unlinked(u.Nl) })] }).ToList();
        var filled = PdfVolumeWriter.Layout(documents, ContentPdf.Options);
        var unfilled = PdfVolumeWriter.Layout(blank, ContentPdf.Options);

        var numbers = filled.Pages.SelectMany(p => p.Regions).SelectMany(r => r.Lines).Count(IsNumberOrLeader);
        Assert.True(numbers > 100, $"{numbers} page numbers and leaders in the filled layout");
        Assert.DoesNotContain(unfilled.Pages.SelectMany(p => p.Regions).SelectMany(r => r.Lines), l => IsNumberOrLeader(l) && l.Texts.Any(t => char.IsDigit(t.Text[0])));

        var expected = Dump(filled);
        var actual = Dump(unfilled);
        Assert.Equal(expected.Count, actual.Count);
        var first = Enumerable.Range(0, expected.Count).FirstOrDefault(i => expected[i] != actual[i], -1);
        Assert.True(first < 0, first < 0 ? string.Empty : $"line {first} of the dump differs:\n  filled: {expected[first]}\n  blank:  {actual[first]}");
    }

    private static IReadOnlyList<Block> Unlinked(IReadOnlyList<Block> blocks) =>
        [.. blocks.Select(b => b is TableOfContents contents
            ? contents with { Entries = [.. contents.Entries.Select(e => e with { TargetId = "nowhere-" + e.TargetId })] }
            : b)];

    /// <summary>A contents page number or its dot leaders: the lines after an entry's text within the entry's link.</summary>
    private static bool IsNumberOrLeader(PlacedLine line) =>
        line.Structure.Count > 0 && (line.Structure[^1].Role == StructureRole.Artifact
            || (line.Structure[^1].Role == StructureRole.Link && line.Texts.Count == 1 && line.Texts[0].Text.All(char.IsDigit)));

    /// <summary>The layout dump without the page numbers and leaders of the contents, and without the links' targets and widths.</summary>
    private static List<string> Dump(LayoutResult layout)
    {
        var pages = layout.Pages.Select(page =>
        {
            var copy = new LayoutPage(page.Number, page.Document) { IsTitlePage = page.IsTitlePage };
            foreach (var region in page.Regions)
            {
                var kept = copy.Region(region.Kind, region.Language, region.Column);
                kept.Lines.AddRange(region.Lines.Where(l => !IsNumberOrLeader(l)));
                kept.Rules.AddRange(region.Rules);
            }

            // A link covers its entry's page number too, so only where it starts is compared.
            copy.Links.AddRange(page.Links.Select(l => l with { Target = "-", Width = 0 }));
            return copy;
        }).ToList();
        return [.. LayoutDump.Write(new LayoutResult(pages, layout.AnchorPages, layout.Warnings)).Split('\n')];
    }
}
