using System.Xml.Linq;
using PolicyGen.Docx;
using PolicyGen.Model;
using PolicyGen.Tests.Support;
using PolicyGen.Tests.Validation;

namespace PolicyGen.Tests.Writing;

/// <summary>Every kind of block and inline, in both column orders, with page numbers known from the PDF.</summary>
public sealed class SyntheticDocumentTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly DocxWriteOptions Options = new()
    {
        Reference = "A-1/1 - 2021/2022",
        Title = "Essai",
        PageNumberOf = (_, _, id) => id == "os1" ? 7 : null,
    };

    [Theory]
    [InlineData("fr-nl")]
    [InlineData("nl-fr")]
    public void Is_valid(string order) => Assert.Empty(ValidatorTests.Errors(Write(order)));

    [Fact]
    public void Columns_follow_the_configured_order()
    {
        var document = DocxParts.Read(Write("nl-fr"), "word/document.xml");
        var row = document.Descendants(W + "tr").First();
        var languages = row.Elements(W + "tc").Select(c => (string?)c.Descendants(W + "lang").First().Attribute(W + "val")).ToList();
        Assert.Equal(["nl-BE", "fr-BE"], languages);
    }

    [Fact]
    public void A_full_width_table_spans_the_page_with_both_languages_per_cell()
    {
        var document = DocxParts.Read(Write("fr-nl"), "word/document.xml");
        var spanning = document.Root!.Element(W + "body")!.Elements(W + "tbl")
            .Single(t => (string?)t.Element(W + "tblPr")!.Element(W + "tblStyle")!.Attribute(W + "val") == "DataTable");
        Assert.Equal(PolicyGen.Docx.PageSetup.A4.TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)spanning.Element(W + "tblPr")!.Element(W + "tblW")!.Attribute(W + "w"));
        var firstCell = spanning.Descendants(W + "tc").First();
        Assert.Equal(["Projet", "Project"], firstCell.Elements(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))));
        var shared = spanning.Descendants(W + "tc").ElementAt(1);
        Assert.Single(shared.Elements(W + "p"));
        Assert.NotNull(spanning.Element(W + "tr")!.Element(W + "trPr")?.Element(W + "tblHeader"));
    }

    [Fact]
    public void Lists_use_the_numbering_part_and_restart_at_their_start()
    {
        var docx = Write("fr-nl");
        var numbering = DocxParts.Read(docx, "word/numbering.xml");
        var ordered = numbering.Descendants(W + "num").Where(n => (string?)n.Element(W + "abstractNumId")!.Attribute(W + "val") == "2").ToList();
        Assert.Equal(2, ordered.Count);
        Assert.All(ordered, n => Assert.Equal("3", (string?)n.Descendants(W + "startOverride").Single().Attribute(W + "val")));
        var document = DocxParts.Read(docx, "word/document.xml");
        var levels = document.Descendants(W + "numPr").Select(n => (string?)n.Element(W + "ilvl")!.Attribute(W + "val")).ToList();
        Assert.Equal(["0", "1", "0", "0", "1", "0"], levels);
        Assert.DoesNotContain(document.Descendants(W + "t"), t => t.Value.StartsWith("3.", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_bookmarks_footnotes_and_page_numbers_are_written()
    {
        var docx = Write("fr-nl");
        var document = DocxParts.Read(docx, "word/document.xml");
        Assert.Contains(document.Descendants(W + "hyperlink"), h => (string?)h.Attribute(W + "anchor") == "fr_essai_os1");
        Assert.Contains(document.Descendants(W + "bookmarkStart"), b => (string?)b.Attribute(W + "name") == "nl_essai_os1");
        var rels = DocxParts.Read(docx, "word/_rels/document.xml.rels");
        Assert.Contains(rels.Root!.Elements(), r => (string?)r.Attribute("Id") == "rLink1" && (string?)r.Attribute("Target") == "https://example.org/open-data");
        var footnotes = DocxParts.Read(docx, "word/footnotes.xml").Descendants(W + "footnote").Where(f => (int)f.Attribute(W + "id")! > 0).ToList();
        Assert.Equal(2, footnotes.Count);
        Assert.Equal([" Une note.", " Een voetnoot."], footnotes.Select(f => string.Concat(f.Descendants(W + "t").Select(t => t.Value))));
        Assert.All(footnotes, f => Assert.NotNull(f.Descendants(W + "footnoteRef").SingleOrDefault()));
        var pageRefs = document.Descendants(W + "p").Where(p => p.Descendants(W + "instrText").Any(i => i.Value.Contains("PAGEREF fr_essai_os1", StringComparison.Ordinal)));
        Assert.Contains(pageRefs, p => p.Descendants(W + "t").Any(t => t.Value == "7"));
        Assert.NotEmpty(document.Descendants(W + "titlePg"));
    }

    private static byte[] Write(string order)
    {
        var columns = order == "fr-nl" ? new[] { Language.Fr, Language.Nl } : [Language.Nl, Language.Fr];
        using var output = new MemoryStream();
        DocxWriter.Write(Synthetic.Build(columns), output, Options);
        return output.ToArray();
    }
}
