using System.Text;
using System.Xml.Linq;
using PolicyGen.Pdf.Rendering;
using PolicyGen.Tests.Pagination;
using UglyToad.PdfPig;

namespace PolicyGen.Tests.Rendering;

/// <summary>The document information and XMP metadata of a written PDF.</summary>
public class MetadataTests
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Pdf = "http://ns.adobe.com/pdf/1.3/";
    private static readonly XNamespace XmpBasic = "http://ns.adobe.com/xap/1.0/";
    private static readonly XNamespace XmpMM = "http://ns.adobe.com/xap/1.0/mm/";

    // Characters that XML must escape, which PDFsharp 6.2 writes into its own XMP unescaped.
    private static readonly PdfWriteOptions Options = new()
    {
        Reference = "A-999/1 - 2021/2022",
        Title = "Données & <ouvertes> / Open data",
        Author = "Gouvernement \"bruxellois\"",
        Subject = "A-999/1 – 2021/2022",
        Keywords = ["A-999/1", "2021/2022", "R&D"],
        Date = new DateTimeOffset(2021, 10, 29, 12, 30, 0, TimeSpan.Zero),
    };

    private static readonly Lazy<byte[]> Minimal = new(() =>
    {
        using var stream = new MemoryStream();
        PdfVolumeWriter.Write(Samples.Build("samples", "minimal"), stream, Options);
        return stream.ToArray();
    });

    [Fact]
    public void The_xmp_packet_is_well_formed_and_says_what_the_options_say()
    {
        var xmp = Xmp(Minimal.Value);
        var description = xmp.Descendants(Rdf + "Description").Single();
        Assert.Equal(Options.Title, description.Element(Dc + "title")!.Descendants(Rdf + "li").Single().Value);
        Assert.Equal(Options.Author, description.Element(Dc + "creator")!.Descendants(Rdf + "li").Single().Value);
        Assert.Equal(Options.Subject, description.Element(Dc + "description")!.Descendants(Rdf + "li").Single().Value);
        Assert.Equal(Options.Keywords, description.Element(Dc + "subject")!.Descendants(Rdf + "li").Select(l => l.Value));
        Assert.Equal(["fr-BE", "nl-BE"], description.Element(Dc + "language")!.Descendants(Rdf + "li").Select(l => l.Value));
        Assert.Equal("A-999/1; 2021/2022; R&D", description.Element(Pdf + "Keywords")!.Value);
        Assert.Equal("2021-10-29T12:30:00Z", description.Element(XmpBasic + "CreateDate")!.Value);
        Assert.Equal("2021-10-29T12:30:00Z", description.Element(XmpBasic + "ModifyDate")!.Value);
        Assert.Matches("^uuid:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$", description.Element(XmpMM + "DocumentID")!.Value);
        Assert.Matches("^uuid:[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$", description.Element(XmpMM + "InstanceID")!.Value);
        Assert.DoesNotContain("pdfaid", xmp.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_information_dictionary_agrees_with_the_xmp_packet()
    {
        using var document = PdfDocument.Open(Minimal.Value);
        Assert.Equal(Options.Title, document.Information.Title);
        Assert.Equal(Options.Author, document.Information.Author);
        Assert.Equal(Options.Subject, document.Information.Subject);
        Assert.Equal("A-999/1; 2021/2022; R&D", document.Information.Keywords);
    }

    [Fact]
    public void Ids_follow_the_content_not_the_clock()
    {
        var same = Xmp(Minimal.Value).Descendants(XmpMM + "DocumentID").Single().Value;
        using var stream = new MemoryStream();
        PdfVolumeWriter.Write(Samples.Build("samples", "minimal"), stream, Options with { Title = "Autre titre" });
        var other = Xmp(stream.ToArray());
        Assert.Equal(same, other.Descendants(XmpMM + "DocumentID").Single().Value);
        Assert.NotEqual(Xmp(Minimal.Value).Descendants(XmpMM + "InstanceID").Single().Value, other.Descendants(XmpMM + "InstanceID").Single().Value);
    }

    [Fact]
    public void Another_content_gets_another_id_and_the_trailer_agrees_with_the_packet()
    {
        var documents = Samples.Build("samples", "minimal");
        using var stream = new MemoryStream();
        PdfVolumeWriter.Write(documents, stream, Options with { Reference = "A-999/2 - 2021/2022" });
        var other = stream.ToArray();

        Assert.NotEqual(TrailerId(Minimal.Value), TrailerId(other));
        Assert.NotEqual(Xmp(Minimal.Value).Descendants(XmpMM + "DocumentID").Single().Value, Xmp(other).Descendants(XmpMM + "DocumentID").Single().Value);
        foreach (var pdf in new[] { Minimal.Value, other })
        {
            var id = TrailerId(pdf);
            Assert.Matches("^[0-9A-F]{32}$", id);
            Assert.Equal("uuid:" + new Guid(Convert.FromHexString(id)).ToString("D"), Xmp(pdf).Descendants(XmpMM + "DocumentID").Single().Value);
        }
    }

    /// <summary>The first identifier of the trailer's /ID, as the text PDFsharp hex-encodes.</summary>
    private static string TrailerId(byte[] pdf)
    {
        var raw = Encoding.Latin1.GetString(pdf);
        var at = raw.LastIndexOf("/ID[<", StringComparison.Ordinal) + "/ID[<".Length;
        var end = raw.IndexOf('>', at);
        var second = raw.IndexOf('>', end + 2);
        Assert.Equal(raw[at..end], raw[(end + 2)..second]);
        return Encoding.ASCII.GetString(Convert.FromHexString(raw[at..end]));
    }

    [RequiresProgramFact("pdfinfo")]
    public void Pdfinfo_reads_the_packet_and_sees_a_tagged_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policygen-metadata-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, Minimal.Value);
        try
        {
            var (code, meta) = Programs.Run("pdfinfo", "-meta", path);
            Assert.Equal(0, code);
            Assert.Contains("Données &amp; &lt;ouvertes&gt; / Open data", meta, StringComparison.Ordinal);
            Assert.DoesNotContain("Syntax Error", meta, StringComparison.Ordinal);
            var (infoCode, info) = Programs.Run("pdfinfo", path);
            Assert.Equal(0, infoCode);
            Assert.Matches("Tagged: +yes", info);
            Assert.Matches("Keywords: +A-999/1; 2021/2022; R&D", info);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The XMP packet of a PDF, parsed (which fails if it is not well-formed).</summary>
    private static XDocument Xmp(byte[] pdf)
    {
        var text = Encoding.UTF8.GetString(pdf);
        var start = text.IndexOf("<?xpacket begin", StringComparison.Ordinal);
        var end = text.IndexOf("<?xpacket end", start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "no XMP packet");
        end = text.IndexOf("?>", end, StringComparison.Ordinal) + 2;
        return XDocument.Parse(text[start..end]);
    }
}
