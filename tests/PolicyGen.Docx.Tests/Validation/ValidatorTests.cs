using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using PolicyGen.Tests.Support;

namespace PolicyGen.Tests.Validation;

/// <summary><c>OpenXmlValidator</c> finds no error in any DOCX the writer produces.</summary>
public sealed class ValidatorTests
{
    public static IReadOnlyList<string> Errors(byte[] docx)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return [.. validator.Validate(package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    [Fact]
    public void Minimal_note_is_valid() =>
        AssertValid(Samples.Docx(Samples.Minimal, [Samples.Paired(Samples.Minimal, "open-data")]));

    [Fact]
    public void Minimal_volume_is_valid() =>
        AssertValid(Samples.Docx(Samples.Minimal, Samples.All(Samples.Minimal)));

    [Theory]
    [MemberData(nameof(Samples.ContentNotes), MemberType = typeof(Samples))]
    public void Content_note_is_valid(string note) =>
        AssertValid(Samples.Docx(Samples.Content, [Samples.Paired(Samples.Content, note)]));

    [Fact]
    public void Content_volume_is_valid() =>
        AssertValid(Samples.Docx(Samples.Content, Samples.All(Samples.Content)));

    [Fact]
    public void A_note_written_alone_numbers_its_pages_from_its_first_page_in_the_volume()
    {
        var docx = Samples.Docx(Samples.Minimal, [Samples.Paired(Samples.Minimal, "open-data")], Samples.Options(Samples.Minimal.Project) with { FirstPageNumber = 149 });
        AssertValid(docx);
        using var package = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var sections = package.MainDocumentPart!.Document.Descendants<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().ToList();
        var start = Assert.Single(sections.SelectMany(s => s.Elements<DocumentFormat.OpenXml.Wordprocessing.PageNumberType>()));
        Assert.Equal(149, start.Start?.Value);
    }

    private static void AssertValid(byte[] docx)
    {
        var errors = Errors(docx);
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(30)));
    }
}
