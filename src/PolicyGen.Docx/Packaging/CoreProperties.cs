using System.Globalization;
using System.Xml.Linq;

namespace PolicyGen.Docx.Packaging;

/// <summary>
/// <c>docProps/core.xml</c> written by us (not through <c>PackageProperties</c>, which would add a part with a
/// random name): title, subject, author, language, and a fixed date for created and modified.
/// </summary>
internal static class CoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void Write(Stream output, DocxWriteOptions options, string language)
    {
        var date = options.Timestamp.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var root = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", options.Title),
            new XElement(Dc + "subject", options.Subject),
            new XElement(Dc + "creator", options.Author),
            new XElement(Dc + "language", language),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), date));
        new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(output, SaveOptions.DisableFormatting);
    }
}
