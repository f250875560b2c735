using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Diagnostics;
using PolicyGen.Docx;
using PolicyGen.Tests.Support;
using PolicyGen.Tests.Validation;

namespace PolicyGen.Tests.Packaging;

/// <summary>A reference document replaces our styles and header; a style it lacks is a diagnostic.</summary>
public sealed class ReferenceDocumentTests
{
    [Fact]
    public void Its_styles_replace_ours_and_missing_ones_are_reported()
    {
        var reference = Reference();
        var bag = new DiagnosticBag();
        var options = Samples.Options(Samples.Minimal.Project) with { ReferenceDocument = new MemoryStream(reference), ReferenceDocumentName = "house.docx" };
        var docx = Samples.Docx(Samples.Minimal, [Samples.Paired(Samples.Minimal, "open-data")], options, bag);

        var missing = bag.Items.Where(d => d.Descriptor == DocxDiagnostics.ReferenceStyleMissing).Select(d => d.Message).ToList();
        Assert.NotEmpty(missing);
        Assert.Contains(missing, m => m.Contains("'BodyTextFr'", StringComparison.Ordinal));
        Assert.DoesNotContain(missing, m => m.Contains("'Normal'", StringComparison.Ordinal));
        Assert.Empty(ValidatorTests.Errors(docx));

        var styles = DocxParts.Read(docx, "word/styles.xml").ToString();
        Assert.Contains("House Normal", styles, StringComparison.Ordinal);
        Assert.Contains("House header", DocxParts.Read(docx, "word/header1.xml").ToString(), StringComparison.Ordinal);
        Assert.Contains("word/theme/theme1.xml", DocxParts.Entries(docx));
    }

    [Fact]
    public void An_unreadable_reference_is_an_error()
    {
        var bag = new DiagnosticBag();
        var options = Samples.Options(Samples.Minimal.Project) with { ReferenceDocument = new MemoryStream([1, 2, 3]), ReferenceDocumentName = "broken.docx" };
        var docx = Samples.Docx(Samples.Minimal, [Samples.Paired(Samples.Minimal, "open-data")], options, bag);
        Assert.Contains(bag.Items, d => d.Descriptor == DocxDiagnostics.ReferenceUnreadable);
        Assert.Empty(ValidatorTests.Errors(docx));
    }

    [Fact]
    public void A_header_with_images_is_not_copied_and_says_so()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>("rIdH");
            header.Header = new Header(new Paragraph(new Run(new Text("Logo header"))));
            var image = header.AddImagePart(ImagePartType.Png, "rIdImg");
            using (var png = new MemoryStream([0x89, 0x50, 0x4E, 0x47]))
            {
                image.FeedData(png);
            }

            main.Document = new Document(new Body(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdH" })));
        }

        var bag = new DiagnosticBag();
        var options = Samples.Options(Samples.Minimal.Project) with { ReferenceDocument = new MemoryStream(stream.ToArray()), ReferenceDocumentName = "logo.docx" };
        var docx = Samples.Docx(Samples.Minimal, [Samples.Paired(Samples.Minimal, "open-data")], options, bag);
        Assert.Contains(bag.Items, d => d.Descriptor == DocxDiagnostics.ReferenceHeaderNotCopied);
        Assert.DoesNotContain("Logo header", DocxParts.Read(docx, "word/header1.xml").ToString(), StringComparison.Ordinal);
        Assert.Empty(ValidatorTests.Errors(docx));
    }

    private static byte[] Reference()
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>("rIdH");
            header.Header = new Header(new Paragraph(new Run(new Text("House header"))));
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("ignored"))),
                new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdH" })));
            var styles = main.AddNewPart<StyleDefinitionsPart>("rIdS");
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "House Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Heading1" });
            var theme = main.AddNewPart<ThemePart>("rIdT");
            theme.Theme = new DocumentFormat.OpenXml.Drawing.Theme(
                new DocumentFormat.OpenXml.Drawing.ThemeElements(
                    new DocumentFormat.OpenXml.Drawing.ColorScheme(
                        new DocumentFormat.OpenXml.Drawing.Dark1Color(new DocumentFormat.OpenXml.Drawing.SystemColor { Val = DocumentFormat.OpenXml.Drawing.SystemColorValues.WindowText, LastColor = "000000" }),
                        new DocumentFormat.OpenXml.Drawing.Light1Color(new DocumentFormat.OpenXml.Drawing.SystemColor { Val = DocumentFormat.OpenXml.Drawing.SystemColorValues.Window, LastColor = "FFFFFF" }),
                        new DocumentFormat.OpenXml.Drawing.Dark2Color(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "1F497D" }),
                        new DocumentFormat.OpenXml.Drawing.Light2Color(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "EEECE1" }),
                        new DocumentFormat.OpenXml.Drawing.Accent1Color(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "4F81BD" }),
                        new DocumentFormat.OpenXml.Drawing.Accent2Color(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "C0504D" }),
                        new DocumentFormat.OpenXml.Drawing.Accent3Color(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "9BBB59" }),
                        new DocumentFormat.OpenXml.Drawing.Accent4Color(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "8064A2" }),
                        new DocumentFormat.OpenXml.Drawing.Accent5Color(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "4BACC6" }),
                        new DocumentFormat.OpenXml.Drawing.Accent6Color(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "F79646" }),
                        new DocumentFormat.OpenXml.Drawing.Hyperlink(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "0000FF" }),
                        new DocumentFormat.OpenXml.Drawing.FollowedHyperlinkColor(new DocumentFormat.OpenXml.Drawing.RgbColorModelHex { Val = "800080" }))
                    { Name = "House" },
                    new DocumentFormat.OpenXml.Drawing.FontScheme(
                        new DocumentFormat.OpenXml.Drawing.MajorFont(new DocumentFormat.OpenXml.Drawing.LatinFont { Typeface = "Liberation Serif" }, new DocumentFormat.OpenXml.Drawing.EastAsianFont { Typeface = "" }, new DocumentFormat.OpenXml.Drawing.ComplexScriptFont { Typeface = "" }),
                        new DocumentFormat.OpenXml.Drawing.MinorFont(new DocumentFormat.OpenXml.Drawing.LatinFont { Typeface = "Liberation Serif" }, new DocumentFormat.OpenXml.Drawing.EastAsianFont { Typeface = "" }, new DocumentFormat.OpenXml.Drawing.ComplexScriptFont { Typeface = "" }))
                    { Name = "House" },
                    new DocumentFormat.OpenXml.Drawing.FormatScheme(
                        new DocumentFormat.OpenXml.Drawing.FillStyleList(
                            new DocumentFormat.OpenXml.Drawing.SolidFill(new DocumentFormat.OpenXml.Drawing.SchemeColor { Val = DocumentFormat.OpenXml.Drawing.SchemeColorValues.PhColor }),
                            new DocumentFormat.OpenXml.Drawing.SolidFill(new DocumentFormat.OpenXml.Drawing.SchemeColor { Val = DocumentFormat.OpenXml.Drawing.SchemeColorValues.PhColor }),
                            new DocumentFormat.OpenXml.Drawing.SolidFill(new DocumentFormat.OpenXml.Drawing.SchemeColor { Val = DocumentFormat.OpenXml.Drawing.SchemeColorValues.PhColor })),
                        new DocumentFormat.OpenXml.Drawing.LineStyleList(
                            new DocumentFormat.OpenXml.Drawing.Outline(new DocumentFormat.OpenXml.Drawing.SolidFill(new DocumentFormat.OpenXml.Drawing.SchemeColor { Val = DocumentFormat.OpenXml.Drawing.SchemeColorValues.PhColor })),
                            new DocumentFormat.OpenXml.Drawing.Outline(new DocumentFormat.OpenXml.Drawing.SolidFill(new DocumentFormat.OpenXml.Drawing.SchemeColor { Val = DocumentFormat.OpenXml.Drawing.SchemeColorValues.PhColor })),
                            new DocumentFormat.OpenXml.Drawing.Outline(new DocumentFormat.OpenXml.Drawing.SolidFill(new DocumentFormat.OpenXml.Drawing.SchemeColor { Val = DocumentFormat.OpenXml.Drawing.SchemeColorValues.PhColor }))),
                        new DocumentFormat.OpenXml.Drawing.EffectStyleList(
                            new DocumentFormat.OpenXml.Drawing.EffectStyle(new DocumentFormat.OpenXml.Drawing.EffectList()),
                            new DocumentFormat.OpenXml.Drawing.EffectStyle(new DocumentFormat.OpenXml.Drawing.EffectList()),
                            new DocumentFormat.OpenXml.Drawing.EffectStyle(new DocumentFormat.OpenXml.Drawing.EffectList())),
                        new DocumentFormat.OpenXml.Drawing.BackgroundFillStyleList(
                            new DocumentFormat.OpenXml.Drawing.SolidFill(new DocumentFormat.OpenXml.Drawing.SchemeColor { Val = DocumentFormat.OpenXml.Drawing.SchemeColorValues.PhColor }),
                            new DocumentFormat.OpenXml.Drawing.SolidFill(new DocumentFormat.OpenXml.Drawing.SchemeColor { Val = DocumentFormat.OpenXml.Drawing.SchemeColorValues.PhColor }),
                            new DocumentFormat.OpenXml.Drawing.SolidFill(new DocumentFormat.OpenXml.Drawing.SchemeColor { Val = DocumentFormat.OpenXml.Drawing.SchemeColorValues.PhColor })))
                    { Name = "House" }))
            {
                Name = "House",
            };
        }

        return stream.ToArray();
    }
}
