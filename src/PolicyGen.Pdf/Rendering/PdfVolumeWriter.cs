using System.Security.Cryptography;
using System.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PolicyGen.Documents;
using PolicyGen.Documents.Pairing;
using PolicyGen.Model;
using PolicyGen.Pdf.Fonts;
using PolicyGen.Pdf.Layout.Pagination;
using PolicyGen.Pdf.Rendering.Tagging;

namespace PolicyGen.Pdf.Rendering;

/// <summary>
/// Writes paired documents (the cover and the notes of a volume) as one A-453 PDF: lays them out with
/// <see cref="ParallelPager"/> and paints every page through PDFsharp.
/// </summary>
public static class PdfVolumeWriter
{
    /// <summary>
    /// Documents may be painted on several threads at once, but saved one at a time: PDFsharp 6.2 makes the font
    /// subsets at save from font faces shared by all documents, reading them through a shared position.
    /// </summary>
    private static readonly Lock SaveGate = new();

    /// <summary>Lays out and paints <paramref name="documents"/> into <paramref name="output"/>.</summary>
    /// <returns>The layout that was painted (pages, anchors, warnings).</returns>
    public static LayoutResult Write(IReadOnlyList<PairedDocument> documents, Stream output, PdfWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new PdfWriteOptions();
        var layout = Layout(documents, options);
        Render(layout, documents, output, options);
        return layout;
    }

    /// <summary>The layout of <paramref name="documents"/> with the real fonts, without painting.</summary>
    /// <param name="documents">The documents, each from a new page.</param>
    /// <param name="options">The reference, first page number and page geometry.</param>
    /// <param name="pagesLaidOut">Told the number of pages laid out so far, as they come (optional).</param>
    public static LayoutResult Layout(IReadOnlyList<PairedDocument> documents, PdfWriteOptions? options = null, Action<int>? pagesLaidOut = null)
    {
        options ??= new PdfWriteOptions();
        var pager = new ParallelPager(PdfSharpFontMetrics.Shared);
        return pager.Layout(documents, new PaginationOptions
        {
            Reference = options.Reference,
            FirstPageNumber = options.FirstPageNumber,
            Page = options.Page,
            PagesLaidOut = pagesLaidOut,
        });
    }

    /// <summary>
    /// Paints the pages of <paramref name="layout"/> (for example one note's pages of a volume layout, see
    /// <see cref="LayoutResult.Only"/>) with the bookmarks of <paramref name="documents"/>, without laying out again.
    /// </summary>
    public static void Paint(LayoutResult layout, IReadOnlyList<PairedDocument> documents, Stream output, PdfWriteOptions options) =>
        Render(layout, documents, output, options);

    /// <summary>Paints a layout into <paramref name="output"/> (without bookmarks, which need the documents).</summary>
    public static void Paint(LayoutResult layout, Stream output, PdfWriteOptions options) => Render(layout, null, output, options);

    /// <summary>
    /// Paints <paramref name="layout"/> and writes the file into <paramref name="output"/> in one pass, from the saved
    /// bytes (no copy of the whole file: a large volume is tens of megabytes).
    /// </summary>
    private static void Render(LayoutResult layout, IReadOnlyList<PairedDocument>? documents, Stream output, PdfWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        // After the save (the PDFsharp document is gone by then: for a large volume, the largest thing in memory), the
        // structure tree and the XMP packet are spliced into the file, the identifier derived from it.
        var (buffer, saved, replaced, added, producer) = Save(layout, documents, options);
        options.Relief?.Invoke();
        using (buffer)
        {
            var pdf = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            var metadata = MetadataStream.Number(pdf, saved);
            var id = DocumentIdentifier.Apply(pdf, saved, options.Date, metadata, replaced, added);

            // The XMP packet: the document id from the file's content, the instance id from it and the metadata written.
            var languages = layout.Pages.SelectMany(p => p.Regions).Select(r => r.Language).OfType<Language>()
                .Select(l => l.Tag()).Prepend(options.Language).Distinct().ToList();
            var described = string.Join('\n', [id, options.Title, options.Author, options.Subject, XmpPacket.Keywords(options), string.Join(' ', languages), options.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture)]);
            var instance = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(described)).AsSpan(0, 16));
            var xmp = XmpPacket.Write(options, languages, producer, new Guid(Convert.FromHexString(id)), instance);
            replaced[metadata] = MetadataStream.Object(metadata, xmp);
            PdfSplice.Write(pdf, saved, replaced, added, output);
        }
    }

    /// <summary>
    /// Paints and saves the document: the saved bytes and their outline, with the objects of its structure tree to
    /// splice into them (the root to replace, by number, and the elements to add), and what PDFsharp calls itself in
    /// the file.
    /// </summary>
    private static (MemoryStream Buffer, SavedPdf Saved, Dictionary<int, byte[]> Replaced, List<byte[]> Added, string Producer) Save(
        LayoutResult layout, IReadOnlyList<PairedDocument>? documents, PdfWriteOptions options)
    {
        PdfFontSetup.EnsureInstalled();
        using var document = new PdfDocument();

        // PDFsharp 6.2's deflated content streams make qpdf warn ("input stream is complete but output may still be
        // valid") on every page: page content is deflated here instead, page by page (PageContent).
        document.Options.CompressContentStreams = false;
        document.Info.Title = options.Title;
        document.Info.Author = options.Author;
        document.Info.Subject = options.Subject;
        document.Info.Creator = "policygen";
        document.Info.CreationDate = options.Date.UtcDateTime;
        document.Info.ModificationDate = options.Date.UtcDateTime;
        document.Info.Keywords = XmpPacket.Keywords(options);

        // The catalog's language.
        document.Language = options.Language;

        // The trailer /ID: a placeholder of the identifier's length, replaced after the save by one derived from the bytes.
        document.Internals.FirstDocumentID = DocumentIdentifier.Placeholder;
        document.Internals.SecondDocumentID = DocumentIdentifier.Placeholder;

        var tree = options.Tagged ? PaintTagged(document, layout, options) : null;
        if (tree is null)
        {
            PaintPlain(document, layout, options);
        }

        options.Relief?.Invoke();
        var root = tree is null ? null : StructureTreeWriter.Prepare(document, tree);
        NamedDestinations.Add(document, layout, options.Page.PageHeight);
        if (documents is not null)
        {
            Bookmarks(document, layout, documents, options.Page.PageHeight);
        }

        // PDFsharp saves about 12 KB a page with deflated content (measured: 2.1 MB for the content's 177 pages, 20.6 MB
        // for 1,761; the structure tree is added after): 16 KB is room for it at once, rather than a buffer doubled again
        // and again.
        var buffer = new MemoryStream(capacity: (int)Math.Min(int.MaxValue / 2, (layout.Pages.Count * 16_000L) + 1_000_000));
        lock (SaveGate)
        {
            // PDFsharp's font subsetting reads shared font data: one save at a time (drawing may run in parallel).
            document.Save(buffer, closeStream: false);
        }

        var saved = SavedPdf.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var replaced = new Dictionary<int, byte[]>();
        var added = new List<byte[]>();
        if (tree is not null && root is not null)
        {
            var (rootObject, elements) = StructureTreeWriter.Write(tree, root.Reference!.ObjectNumber, saved.Size);
            replaced[root.Reference!.ObjectNumber] = rootObject;
            added.AddRange(elements);
        }

        return (buffer, saved, replaced, added, document.Info.Producer);
    }

    /// <summary>Adds and paints the pages with their structure (tagged PDF); the structure, to write after the save.</summary>
    private static StructureTree PaintTagged(PdfDocument document, LayoutResult layout, PdfWriteOptions options)
    {
        // Document > Part (one per note, titled with its name) > Div (one per column and page, with its language) > …
        var tree = new StructureTree();
        StructureElement? part = null;
        foreach (var laid in layout.Pages)
        {
            var page = AddPage(document, options);
            if (part?.Title != laid.Document)
            {
                part = tree.Document.Add("Part");
                part.Title = laid.Document;
            }

            using (var graphics = XGraphics.FromPdfPage(page))
            {
                new TaggedPagePainter(tree, page, graphics, line => Link(laid, line, options.Page.PageHeight, layout.AnchorPages)).Paint(laid, part);
            }

            PageContent.Finish(page, tagged: true);
        }

        return tree;
    }

    /// <summary>Adds and paints the pages without a structure tree (a draft: faster), with the same links.</summary>
    private static void PaintPlain(PdfDocument document, LayoutResult layout, PdfWriteOptions options)
    {
        foreach (var laid in layout.Pages)
        {
            var page = AddPage(document, options);
            using (var graphics = XGraphics.FromPdfPage(page))
            {
                PagePainter.Paint(laid, new XGraphicsCanvas(graphics), PdfSharpFontMetrics.Shared);
            }

            PageContent.Finish(page, tagged: false);

            foreach (var annotation in laid.Links.Select(link => Annotation(laid, link, options.Page.PageHeight, layout.AnchorPages)).OfType<PdfLinkAnnotation>())
            {
                page.Annotations.Add(annotation);
            }
        }
    }

    private static PdfPage AddPage(PdfDocument document, PdfWriteOptions options)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Width = XUnit.FromPoint(options.Page.PageWidth);
        page.Height = XUnit.FromPoint(options.Page.PageHeight);
        return page;
    }

    /// <summary>
    /// The link annotation of a line of a table of contents: its page's link area around the line (PDF user space: y up
    /// from the bottom edge), to the named destination of its target; null when the target is not in the layout.
    /// </summary>
    private static PdfLinkAnnotation? Link(LayoutPage laid, PlacedLine line, double pageHeight, IReadOnlyDictionary<(string, string), int> anchors)
    {
        var link = laid.Links.Find(l => line.Baseline >= l.Y && line.Baseline <= l.Y + l.Height && line.X >= l.X - 0.5 && line.X <= l.X + l.Width);
        return link is null ? null : Annotation(laid, link, pageHeight, anchors);
    }

    /// <summary>The link annotation of a link area, or null when its target is not in the layout.</summary>
    private static PdfLinkAnnotation? Annotation(LayoutPage laid, PlacedLink link, double pageHeight, IReadOnlyDictionary<(string, string), int> anchors)
    {
        if (!anchors.ContainsKey((laid.Document, link.Target)))
        {
            return null;
        }

        var rect = new PdfRectangle(new XPoint(link.X, pageHeight - link.Y - link.Height), new XPoint(link.X + link.Width, pageHeight - link.Y));
        var annotation = PdfLinkAnnotation.CreateDocumentLink(rect, NamedDestinations.Name(laid.Document, link.Target));
        annotation.Flags = PdfAnnotationFlags.Print;
        return annotation;
    }

    /// <summary>
    /// The outline: one entry per document (its title page's title), and under it the headings of levels 1 to 3 in
    /// the first column's language, each pointing to the top of its heading.
    /// </summary>
    private static void Bookmarks(PdfDocument pdf, LayoutResult layout, IReadOnlyList<PairedDocument> documents, double pageHeight)
    {
        var first = layout.Pages.Count > 0 ? layout.Pages[0].Number : 1;
        foreach (var document in documents)
        {
            var pages = layout.Pages.Where(p => p.Document == document.Name).ToList();
            if (pages.Count == 0)
            {
                continue;
            }

            var language = document.Columns.Count > 0 ? document.Columns[0] : Language.Fr;
            var root = pdf.Outlines.Add(Title(document.Of(language)) ?? document.Name, pdf.Pages[pages[0].Number - first], true);
            var parents = new PdfOutline?[4];
            foreach (var heading in BlockWalker.All(document.Of(language).Blocks).OfType<Heading>().Where(h => h.Level <= 3 && h.Id is not null))
            {
                if (!layout.AnchorPages.TryGetValue((document.Name, heading.Id!), out var number))
                {
                    continue;
                }

                var page = layout.Pages[number - first];
                var y = page.Anchors.Where(a => a.Id == heading.Id && a.Language == language).Select(a => a.Y).DefaultIfEmpty(0).First();
                var parent = Enumerable.Range(1, heading.Level - 1).Reverse().Select(l => parents[l]).FirstOrDefault(o => o is not null);
                var outline = (parent?.Outlines ?? root.Outlines).Add(Plain(InlineText.Of(heading)), pdf.Pages[number - first], false);
                outline.PageDestinationType = PdfPageDestinationType.Xyz;
                outline.Left = 0;

                // PDF user space: from the bottom edge.
                outline.Top = pageHeight - y;
                parents[heading.Level] = outline;
                for (var deeper = heading.Level + 1; deeper < parents.Length; deeper++)
                {
                    parents[deeper] = null;
                }
            }
        }
    }

    private static string? Title(Document document)
    {
        var title = BlockWalker.All(document.Blocks).OfType<TitlePage>().FirstOrDefault();
        if (title is null)
        {
            return null;
        }

        var paragraphs = title.Blocks.OfType<Paragraph>().ToList();
        var main = paragraphs.FindIndex(p => p.Style == ParagraphStyle.Title);
        if (main < 0)
        {
            return null;
        }

        var text = InlineText.Of(paragraphs[main].Content);
        if (main + 1 < paragraphs.Count && InlineText.Of(paragraphs[main + 1].Content).TrimStart().StartsWith('\u00AB'))
        {
            text += " " + InlineText.Of(paragraphs[main + 1].Content);
        }

        return Plain(text);
    }

    private static string Plain(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
