using System.Globalization;
using System.Text;
using System.Xml;

namespace PolicyGen.Pdf.Rendering.Tagging;

/// <summary>
/// The document's XMP metadata (Dublin Core, PDF, XMP basic and media-management properties), written with an XML
/// writer so that any title or keyword stays well-formed. No PDF/A or PDF/UA identification is claimed.
/// </summary>
internal static class XmpPacket
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string Pdf = "http://ns.adobe.com/pdf/1.3/";
    private const string Xmp = "http://ns.adobe.com/xap/1.0/";
    private const string XmpMM = "http://ns.adobe.com/xap/1.0/mm/";

    /// <summary>The packet as UTF-8 bytes (no byte order mark outside the packet header).</summary>
    public static byte[] Write(PdfWriteOptions options, IReadOnlyList<string> languages, string producer, Guid documentId, Guid instanceId)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, IndentChars = " ", NewLineChars = "\n", Encoding = Encoding.UTF8 };
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteProcessingInstruction("xpacket", "begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"");
            xml.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            xml.WriteStartElement("rdf", "RDF", Rdf);
            xml.WriteStartElement("rdf", "Description", Rdf);
            xml.WriteAttributeString("rdf", "about", Rdf, string.Empty);
            xml.WriteAttributeString("xmlns", "dc", null, Dc);
            xml.WriteAttributeString("xmlns", "pdf", null, Pdf);
            xml.WriteAttributeString("xmlns", "xmp", null, Xmp);
            xml.WriteAttributeString("xmlns", "xmpMM", null, XmpMM);

            xml.WriteElementString("dc", "format", Dc, "application/pdf");
            Alternative(xml, "title", options.Title);
            Container(xml, "creator", "Seq", [options.Author]);
            Alternative(xml, "description", options.Subject);
            Container(xml, "subject", "Bag", options.Keywords);
            Container(xml, "language", "Bag", languages);

            xml.WriteElementString("pdf", "Producer", Pdf, producer);
            xml.WriteElementString("pdf", "Keywords", Pdf, Keywords(options));

            var date = options.Date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            xml.WriteElementString("xmp", "CreatorTool", Xmp, "policygen");
            xml.WriteElementString("xmp", "CreateDate", Xmp, date);
            xml.WriteElementString("xmp", "ModifyDate", Xmp, date);
            xml.WriteElementString("xmp", "MetadataDate", Xmp, date);

            xml.WriteElementString("xmpMM", "DocumentID", XmpMM, "uuid:" + documentId.ToString("D"));
            xml.WriteElementString("xmpMM", "InstanceID", XmpMM, "uuid:" + instanceId.ToString("D"));

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteProcessingInstruction("xpacket", "end=\"r\"");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The keywords as one string, as in the document information dictionary.</summary>
    public static string Keywords(PdfWriteOptions options) => string.Join("; ", options.Keywords);

    private static void Alternative(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("dc", name, Dc);
        xml.WriteStartElement("rdf", "Alt", Rdf);
        xml.WriteStartElement("rdf", "li", Rdf);
        xml.WriteAttributeString("xml", "lang", null, "x-default");
        xml.WriteString(value);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Container(XmlWriter xml, string name, string kind, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("dc", name, Dc);
        xml.WriteStartElement("rdf", kind, Rdf);
        foreach (var value in values)
        {
            xml.WriteElementString("rdf", "li", Rdf, value);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
