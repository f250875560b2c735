using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyGen.Diagnostics;
using WordStyles = DocumentFormat.OpenXml.Wordprocessing.Styles;

namespace PolicyGen.Docx.Reference;

/// <summary>
/// A reference <c>.docx</c> (named in <c>policygen.yaml</c>) whose styles, theme, header and footer replace
/// ours; its content is ignored. A style the writer uses that it lacks is reported (<c>PG5101</c>) and
/// policygen's own definition is added, so that the document never falls back silently to Normal. Numbering
/// links in its styles are dropped (the numbering part is policygen's).
/// </summary>
internal sealed class ReferenceDocument
{
    private readonly string _name;
    private readonly WordStyles? _styles;
    private readonly byte[]? _theme;
    private readonly Header? _header;
    private readonly Footer? _footer;

    private ReferenceDocument(string name, WordStyles? styles, byte[]? theme, Header? header, Footer? footer)
    {
        _name = name;
        _styles = styles;
        _theme = theme;
        _header = header;
        _footer = footer;
    }

    /// <summary>Reads the parts we take from a reference document, or null (with a diagnostic) when it is not a readable DOCX.</summary>
    public static ReferenceDocument? Read(Stream stream, string name, DiagnosticBag diagnostics)
    {
        try
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            using var package = WordprocessingDocument.Open(copy, false);
            var main = package.MainDocumentPart ?? throw new InvalidDataException("it has no main document part");
            var styles = (WordStyles?)main.StyleDefinitionsPart?.Styles?.CloneNode(true);
            foreach (var numbering in styles?.Descendants<NumberingProperties>().ToList() ?? [])
            {
                numbering.Remove();
            }

            byte[]? theme = null;
            if (main.ThemePart is { } themePart)
            {
                using var data = themePart.GetStream();
                using var bytes = new MemoryStream();
                data.CopyTo(bytes);
                theme = bytes.ToArray();
            }

            var section = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
            var header = Default<HeaderReference, HeaderPart>(main, section, name, "header", diagnostics)?.Header;
            var footer = Default<FooterReference, FooterPart>(main, section, name, "footer", diagnostics)?.Footer;
            return new ReferenceDocument(name, styles, theme, (Header?)header?.CloneNode(true), (Footer?)footer?.CloneNode(true));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(DocxDiagnostics.ReferenceUnreadable, SourceLocation.None, name, e.Message);
            return null;
        }
    }

    /// <summary>Replaces our styles, theme, header and footer in a written main part with the reference's.</summary>
    public void Apply(MainDocumentPart main, string themeId, string headerId, string footerId, DiagnosticBag diagnostics)
    {
        if (_styles is not null && main.StyleDefinitionsPart is { Styles: { } ours } stylesPart)
        {
            var theirs = (WordStyles)_styles.CloneNode(true);
            var defined = theirs.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var needed = StyleUsage.WithAncestors(StyleUsage.Of(DocxWriter.RootsOf(main)), ours);
            foreach (var style in ours.Elements<Style>())
            {
                if (style.StyleId?.Value is { } id && needed.Contains(id) && !defined.Contains(id))
                {
                    diagnostics.Add(DocxDiagnostics.ReferenceStyleMissing, SourceLocation.None, _name, id);
                    theirs.Append(style.CloneNode(true));
                }
            }

            stylesPart.Styles = theirs;
        }

        if (_theme is not null)
        {
            var theme = main.AddNewPart<ThemePart>(themeId);
            using var data = new MemoryStream(_theme);
            theme.FeedData(data);
        }

        if (_header is not null && main.GetPartById(headerId) is HeaderPart header)
        {
            header.Header = (Header)_header.CloneNode(true);
        }

        if (_footer is not null && main.GetPartById(footerId) is FooterPart footer)
        {
            footer.Footer = (Footer)_footer.CloneNode(true);
        }
    }

    private static TPart? Default<TReference, TPart>(MainDocumentPart main, SectionProperties? section, string name, string what, DiagnosticBag diagnostics)
        where TReference : HeaderFooterReferenceType
        where TPart : OpenXmlPart
    {
        var reference = section?.Elements<TReference>().FirstOrDefault(r => r.Type is null || r.Type.Value == HeaderFooterValues.Default);
        if (reference?.Id?.Value is not { } id || main.GetPartById(id) is not TPart part)
        {
            return null;
        }

        if (part.Parts.Any())
        {
            // Images or other parts of its own are not copied: keep ours, and say so.
            diagnostics.Add(DocxDiagnostics.ReferenceHeaderNotCopied, SourceLocation.None, name, what);
            return null;
        }

        return part;
    }
}
