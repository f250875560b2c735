using System.IO.Compression;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Packaging;

/// <summary>Two builds give the same bytes: fixed relationship ids, our own core properties, a normalised ZIP.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_content_volume_give_the_same_bytes()
    {
        var first = Samples.Docx(Samples.Content, Samples.All(Samples.Content));
        var second = Samples.Docx(Samples.Content, Samples.All(Samples.Content));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Entries_are_in_canonical_order_with_fixed_timestamps()
    {
        var docx = Samples.Docx(Samples.Minimal, Samples.All(Samples.Minimal));
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("[Content_Types].xml", names[0]);
        Assert.Equal("_rels/.rels", names[1]);
        Assert.Equal(names.Skip(2).Order(StringComparer.Ordinal), names.Skip(2));
        Assert.Contains("docProps/core.xml", names);
        Assert.DoesNotContain(names, n => n.EndsWith(".psmdcp", StringComparison.Ordinal));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Relationship_ids_are_ours()
    {
        var docx = Samples.Docx(Samples.Minimal, Samples.All(Samples.Minimal));
        XNamespaceCheck(DocxParts.Read(docx, "_rels/.rels"));
        XNamespaceCheck(DocxParts.Read(docx, "word/_rels/document.xml.rels"));

        static void XNamespaceCheck(System.Xml.Linq.XDocument rels) =>
            Assert.All(rels.Root!.Elements(), r => Assert.Matches("^r(Id|Link)[0-9]+$", (string)r.Attribute("Id")!));
    }

    [Fact]
    public void Core_properties_carry_title_language_and_the_fixed_date()
    {
        var docx = Samples.Docx(Samples.Minimal, Samples.All(Samples.Minimal));
        var core = DocxParts.Read(docx, "docProps/core.xml").Root!;
        var text = core.ToString();
        Assert.Contains("Notes d'orientation 2021-2022", text, StringComparison.Ordinal);
        Assert.Contains(">fr-BE<", text, StringComparison.Ordinal);
        Assert.Contains("2021-10-29T00:00:00Z", text, StringComparison.Ordinal);
    }
}
