using System.Xml.Linq;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Validation;

/// <summary>
/// What <c>OpenXmlValidator</c> does not check: every style and numbering used is defined, every cell ends in
/// a paragraph, bookmarks are unique and links find them, fields are balanced, each column's paragraphs carry
/// their language, only one language's headings have outline levels, the table of contents is filled.
/// </summary>
public sealed class StructureTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly Lazy<byte[]> ContentVolume = new(() => Samples.Docx(Samples.Content, Samples.All(Samples.Content)));
    private static readonly Lazy<byte[]> MinimalVolume = new(() => Samples.Docx(Samples.Minimal, Samples.All(Samples.Minimal)));

    public static IEnumerable<object[]> Builds => [["minimal"], ["content"]];

    [Theory]
    [MemberData(nameof(Builds))]
    public void Every_style_used_is_defined(string build)
    {
        var docx = Docx(build);
        var defined = DocxParts.Read(docx, "word/styles.xml").Descendants(W + "style").Select(s => (string)s.Attribute(W + "styleId")!).ToHashSet();
        var used = Roots(docx)
            .SelectMany(r => r.Descendants().Where(e => e.Name == W + "pStyle" || e.Name == W + "rStyle" || e.Name == W + "tblStyle"))
            .Select(e => (string)e.Attribute(W + "val")!)
            .Distinct();
        Assert.DoesNotContain(used, id => !defined.Contains(id));
        var basedOn = DocxParts.Read(docx, "word/styles.xml").Descendants(W + "basedOn").Select(e => (string)e.Attribute(W + "val")!);
        Assert.DoesNotContain(basedOn, id => !defined.Contains(id));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Every_numbering_used_is_defined(string build)
    {
        var docx = Docx(build);
        var numbering = DocxParts.Read(docx, "word/numbering.xml");
        var nums = numbering.Descendants(W + "num").Select(n => (string)n.Attribute(W + "numId")!).ToHashSet();
        var abstracts = numbering.Descendants(W + "abstractNum").Select(n => (string)n.Attribute(W + "abstractNumId")!).ToHashSet();
        Assert.All(numbering.Descendants(W + "num"), n => Assert.Contains((string)n.Element(W + "abstractNumId")!.Attribute(W + "val")!, abstracts));
        var used = Roots(docx).SelectMany(r => r.Descendants(W + "numId")).Select(e => (string)e.Attribute(W + "val")!).ToList();
        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, id => !nums.Contains(id));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Every_cell_ends_in_a_paragraph(string build)
    {
        var cells = Roots(Docx(build)).SelectMany(r => r.Descendants(W + "tc")).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.Equal(W + "p", c.Elements().Last().Name));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Bookmarks_are_unique_and_links_find_them(string build)
    {
        var document = DocxParts.Read(Docx(build), "word/document.xml");
        var starts = document.Descendants(W + "bookmarkStart").ToList();
        var names = starts.Select(b => (string)b.Attribute(W + "name")!).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.True(n.Length <= 40, n));
        var ids = starts.Select(b => (string)b.Attribute(W + "id")!).ToHashSet();
        var ends = document.Descendants(W + "bookmarkEnd").Select(b => (string)b.Attribute(W + "id")!).ToList();
        Assert.Equal(ids.Count, ends.Count);
        Assert.All(ends, id => Assert.Contains(id, ids));
        var anchors = document.Descendants(W + "hyperlink").Select(h => (string?)h.Attribute(W + "anchor")).OfType<string>().Distinct().ToList();
        Assert.NotEmpty(anchors);
        Assert.DoesNotContain(anchors, a => !names.Contains(a));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Fields_are_balanced(string build)
    {
        foreach (var root in Roots(Docx(build)))
        {
            var depth = 0;
            foreach (var field in root.Descendants(W + "fldChar"))
            {
                depth += (string)field.Attribute(W + "fldCharType")! switch { "begin" => 1, "end" => -1, _ => 0 };
                Assert.True(depth >= 0);
            }

            Assert.Equal(0, depth);
        }
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Each_column_carries_its_language(string build)
    {
        var document = DocxParts.Read(Docx(build), "word/document.xml");
        var layoutRows = document.Descendants(W + "tbl")
            .Where(t => (string?)t.Element(W + "tblPr")?.Element(W + "tblStyle")?.Attribute(W + "val") == "LayoutTable")
            .SelectMany(t => t.Elements(W + "tr")).ToList();
        Assert.NotEmpty(layoutRows);
        var checkedParagraphs = 0;
        foreach (var row in layoutRows)
        {
            var cells = row.Elements(W + "tc").ToList();
            Assert.Equal(2, cells.Count);
            foreach (var (cell, tag) in cells.Zip(["fr-BE", "nl-BE"]))
            {
                foreach (var paragraph in cell.Descendants(W + "p").Where(p => p.Descendants(W + "t").Any()))
                {
                    Assert.Equal(tag, (string?)paragraph.Element(W + "pPr")?.Element(W + "rPr")?.Element(W + "lang")?.Attribute(W + "val"));
                    Assert.All(paragraph.Descendants(W + "r").Where(r => r.Element(W + "t") is not null && r.Parent?.Name != W + "fldSimple"),
                        r => Assert.Equal(tag, (string?)r.Element(W + "rPr")?.Element(W + "lang")?.Attribute(W + "val")));
                    checkedParagraphs++;
                }
            }
        }

        Assert.True(checkedParagraphs > 20);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Every_paragraph_of_text_carries_the_language_of_its_style(string build)
    {
        var docx = Docx(build);
        var paragraphs = new[] { "word/document.xml", "word/footnotes.xml" }
            .SelectMany(part => DocxParts.Read(docx, part).Descendants(W + "p"))
            .Where(p => p.Descendants(W + "t").Any(t => t.Value.Trim().Length > 0))
            .ToList();
        Assert.NotEmpty(paragraphs);
        foreach (var paragraph in paragraphs)
        {
            var style = (string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val") ?? string.Empty;
            var tag = (string?)paragraph.Element(W + "pPr")?.Element(W + "rPr")?.Element(W + "lang")?.Attribute(W + "val");
            var expected = style.EndsWith("Nl", StringComparison.Ordinal) ? "nl-BE"
                : style.EndsWith("Fr", StringComparison.Ordinal) || style.StartsWith("Heading", StringComparison.Ordinal) ? "fr-BE"
                : null;
            Assert.True(expected is not null, $"paragraph in style '{style}' has no language: {paragraph.Value}");
            Assert.Equal(expected, tag);
        }
    }

    [Fact]
    public void Only_the_french_headings_have_outline_levels()
    {
        var docx = ContentVolume.Value;
        var styles = DocxParts.Read(docx, "word/styles.xml").Descendants(W + "style").ToDictionary(s => (string)s.Attribute(W + "styleId")!);
        string? Outline(string id) => (string?)styles[id].Element(W + "pPr")?.Element(W + "outlineLvl")?.Attribute(W + "val");
        for (var level = 1; level <= 6; level++)
        {
            Assert.Equal((level - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Outline($"Heading{level}"));
            Assert.Equal("9", Outline($"Heading{level}Nl"));
            Assert.Equal("fr-BE", (string?)styles[$"Heading{level}"].Element(W + "rPr")!.Element(W + "lang")!.Attribute(W + "val"));
            Assert.Equal("nl-BE", (string?)styles[$"Heading{level}Nl"].Element(W + "rPr")!.Element(W + "lang")!.Attribute(W + "val"));
        }

        var document = DocxParts.Read(docx, "word/document.xml");
        var headingStyles = document.Descendants(W + "pStyle").Select(s => (string)s.Attribute(W + "val")!).Where(s => s.StartsWith("Heading", StringComparison.Ordinal)).ToList();
        Assert.Contains("Heading1", headingStyles);
        Assert.Contains("Heading1Nl", headingStyles);
        Assert.Empty(document.Descendants(W + "outlineLvl"));
    }

    [Fact]
    public void The_table_of_contents_is_filled_in_both_languages()
    {
        var document = DocxParts.Read(ContentVolume.Value, "word/document.xml");
        var instructions = document.Descendants(W + "instrText").Select(i => i.Value.Trim()).ToList();
        var tocs = instructions.Where(i => i.StartsWith("TOC ", StringComparison.Ordinal)).ToList();
        Assert.Contains(tocs, t => t.Contains("\\o \"1-", StringComparison.Ordinal));
        Assert.Contains(tocs, t => t.Contains("\\t \"Heading 1 NL,1", StringComparison.Ordinal));
        var entries = document.Descendants(W + "pStyle").Count(s => ((string)s.Attribute(W + "val")!).StartsWith("TOC1", StringComparison.Ordinal));
        Assert.True(entries > 10, $"{entries} first-level entries");
        Assert.Contains(instructions, i => i.StartsWith("PAGEREF ", StringComparison.Ordinal));
    }

    [Fact]
    public void Footnotes_are_word_footnotes_numbered_per_language()
    {
        var docx = ContentVolume.Value;
        var calls = DocxParts.Read(docx, "word/document.xml").Descendants(W + "footnoteReference").ToList();
        if (calls.Count == 0)
        {
            return;
        }

        Assert.All(calls, c => Assert.Contains((string?)c.Attribute(W + "customMarkFollows"), new[] { "1", "true" }));
        var notes = DocxParts.Read(docx, "word/footnotes.xml").Descendants(W + "footnote").Select(f => (string)f.Attribute(W + "id")!).ToHashSet();
        Assert.All(calls, c => Assert.Contains((string)c.Attribute(W + "id")!, notes));
    }

    [Fact]
    public void The_page_is_a4_with_the_page_number_between_em_dashes()
    {
        var docx = MinimalVolume.Value;
        var document = DocxParts.Read(docx, "word/document.xml");
        var sizes = document.Descendants(W + "pgSz").ToList();
        Assert.Equal(Samples.All(Samples.Minimal).Count, sizes.Count);
        Assert.All(sizes, s => Assert.Equal(("11906", "16838"), ((string)s.Attribute(W + "w")!, (string)s.Attribute(W + "h")!)));
        var header = DocxParts.Read(docx, "word/header1.xml");
        Assert.Contains("PAGE", header.Descendants(W + "instrText").Select(i => i.Value.Trim()));
        var text = string.Concat(header.Descendants(W + "t").Select(t => t.Value));
        Assert.Contains("\u2014 1 \u2014", text, StringComparison.Ordinal);
        Assert.Contains("A-999/1 - 2021/2022", text, StringComparison.Ordinal);
    }

    private static byte[] Docx(string build) => build == "minimal" ? MinimalVolume.Value : ContentVolume.Value;

    private static IEnumerable<XElement> Roots(byte[] docx) =>
        DocxParts.Entries(docx).Where(e => e.StartsWith("word/", StringComparison.Ordinal) && e.EndsWith(".xml", StringComparison.Ordinal) && !e.Contains("/_rels/", StringComparison.Ordinal)
                && e is not "word/styles.xml" and not "word/numbering.xml" and not "word/settings.xml" and not "word/fontTable.xml")
            .Select(e => DocxParts.Read(docx, e).Root!);
}
